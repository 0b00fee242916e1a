import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../kb/db';
import { aliasRecordsOf, installPack } from '../kb/install-pack';
import { parsePackText } from '../kb/pack-parse';
import { buildMatcher } from '../matcher/build-matcher';
import type { FoundMention } from '../messaging/protocol';
import { memoryChoices } from '../wrong-match/choices-store';
import { UNDO_WINDOW_MS } from '../wrong-match/handle-choices';
import type { MatchChoice } from '../wrong-match/match-choices';
import { type BackgroundDeps, handleMessage } from './handle-message';

/** The wrong-match requests through the real handler, over the seed pack. */
const parsed = parsePackText(readFileSync(new URL('../../seeds/konteks-seed.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const seed = parsed.value;
const matcher = buildMatcher(aliasRecordsOf(seed));
const db = openKnowledgeBase('wrong-match-requests').then(async (opened) => {
  await installPack(opened, seed, { kind: 'file' });
  return opened;
});
const ORIGIN = 'chrome-extension://konteks/';
const optionsPage = { url: `${ORIGIN}options.html` };
const article = { url: 'https://www.inews.id/news/assad?utm=x', tab: { id: 1 } as never };

function deps() {
  const choices = memoryChoices();
  const d: BackgroundDeps = {
    db: () => db,
    matcher: async () => ({ revision: 1, matcher }),
    extensionOrigin: ORIGIN,
    onKnowledgeChanged: () => {},
    choices,
  };
  return { d, choices };
}

async function find(d: BackgroundDeps, text: string, sender = article) {
  const answer = await handleMessage({ type: 'find-mentions', segments: [text], lang: 'id' }, sender, d);
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as { mentions: FoundMention[] }).mentions.map((m) => ({
    text: text.slice(m.start, m.end),
    entityId: m.entityId,
    unsure: m.unsure,
  }));
}

const TEXT = 'Pasukan Assad mundur dari Aleppo.';

describe('wrong match', () => {
  it('mutes a name on the site it was reported from, reading the site from the sender, not the message', async () => {
    const { d, choices } = deps();
    const before = await find(d, TEXT);
    const assad = before.find((m) => m.text === 'Assad');
    expect(assad).toBeDefined();
    const reported = await handleMessage(
      {
        type: 'wrong-match',
        text: 'Assad',
        entityId: assad?.entityId,
        choice: 'not-here',
        site: 'www.bbc.com',
      },
      article,
      d,
    );
    expect(reported).toMatchObject({ ok: true });
    expect(choices.current()).toMatchObject([{ kind: 'mute', site: 'www.inews.id', key: 'assad' }]);
    expect((await find(d, TEXT)).map((m) => m.text)).toEqual(['Aleppo']);
    // Another site still marks it.
    expect(
      (await find(d, TEXT, { url: 'https://www.bbc.com/news', tab: { id: 2 } as never })).map((m) => m.text),
    ).toEqual(['Assad', 'Aleppo']);
  });

  it('mutes a name everywhere, and the options page lists and removes the choice', async () => {
    const { d } = deps();
    await handleMessage(
      { type: 'wrong-match', text: 'Aleppo', entityId: 'aleppo', choice: 'not-anywhere' },
      article,
      d,
    );
    expect(
      (await find(d, TEXT, { url: 'https://www.bbc.com/', tab: { id: 2 } as never })).map((m) => m.text),
    ).toEqual(['Assad']);
    const listed = await handleMessage({ type: 'list-match-choices' }, optionsPage, d);
    const [choice] = (listed as { value: MatchChoice[] }).value;
    expect(choice).toMatchObject({ kind: 'mute', text: 'Aleppo', entityId: 'aleppo' });
    expect(choice?.site).toBeUndefined();
    expect(
      await handleMessage({ type: 'remove-match-choice', id: choice?.id }, optionsPage, d),
    ).toMatchObject({
      ok: true,
    });
    expect((await find(d, TEXT)).map((m) => m.text)).toContain('Aleppo');
  });

  it('"it’s this one instead" settles an ambiguous name on that page only', async () => {
    const { d } = deps();
    const assad = (await find(d, 'Assad berpidato.'))[0] as { entityId: string };
    const other = assad.entityId === 'bashar-al-assad' ? 'hafez-al-assad' : 'bashar-al-assad';
    await handleMessage(
      { type: 'wrong-match', text: 'Assad', entityId: assad.entityId, choice: 'instead', chosen: other },
      article,
      d,
    );
    expect(await find(d, 'Assad berpidato.')).toEqual([{ text: 'Assad', entityId: other, unsure: false }]);
    const elsewhere = await find(d, 'Assad berpidato.', {
      url: 'https://www.inews.id/other',
      tab: { id: 1 } as never,
    });
    expect(elsewhere[0]?.entityId).toBe(assad.entityId);
  });

  it('refuses choices from extension pages, and lists or removals from content scripts', async () => {
    const { d } = deps();
    const report = {
      type: 'wrong-match',
      text: 'Assad',
      entityId: 'bashar-al-assad',
      choice: 'not-anywhere',
    };
    expect(await handleMessage(report, optionsPage, d)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await handleMessage({ type: 'list-match-choices' }, article, d)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await handleMessage({ type: 'remove-match-choice', id: 'x' }, article, d)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const instead = { ...report, choice: 'instead' };
    expect(await handleMessage(instead, article, d)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});

describe('the card’s undo', () => {
  it('takes back a choice made on the same site, only there and only soon after', async () => {
    const { d, choices } = deps();
    const report = { type: 'wrong-match', text: 'Aleppo', entityId: 'aleppo', choice: 'not-anywhere' };
    const made = await handleMessage(report, article, d);
    const id = (made as { value: { id: string } }).value.id;
    const elsewhere = { url: 'https://www.bbc.com/news', tab: { id: 2 } as never };
    expect(await handleMessage({ type: 'undo-wrong-match', id }, elsewhere, d)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await handleMessage({ type: 'undo-wrong-match', id }, article, d)).toEqual({
      ok: true,
      value: { removed: id },
    });
    expect(choices.current()).toEqual([]);

    const old = await handleMessage(report, article, d);
    const oldId = (old as { value: { id: string } }).value.id;
    await choices.save(choices.current().map((c) => ({ ...c, createdAt: c.createdAt - UNDO_WINDOW_MS - 1 })));
    expect(await handleMessage({ type: 'undo-wrong-match', id: oldId }, article, d)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(choices.current()).toHaveLength(1);
  });
});

describe('backups', () => {
  it('carry the choices, restore them, and a reset clears them', async () => {
    const fresh = openKnowledgeBase('wrong-match-backup');
    const { d, choices } = deps();
    const dd: BackgroundDeps = { ...d, db: () => fresh };
    await handleMessage(
      { type: 'wrong-match', text: 'Assad', entityId: 'bashar-al-assad', choice: 'not-here' },
      article,
      dd,
    );
    const kept = choices.current();
    const backup = await handleMessage({ type: 'backup' }, optionsPage, dd);
    const text = (backup as { value: { text: string } }).value.text;
    expect(JSON.parse(text).wrongMatches).toEqual(kept);

    expect(await handleMessage({ type: 'reset-all' }, optionsPage, dd)).toMatchObject({ ok: true });
    expect(choices.current()).toEqual([]);
    expect(await handleMessage({ type: 'restore-backup', text }, optionsPage, dd)).toMatchObject({
      ok: true,
    });
    expect(choices.current()).toEqual(kept);
  });
});
