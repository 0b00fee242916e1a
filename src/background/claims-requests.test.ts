import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClaimReviewText } from '../claims/claim-review-parse';
import { openKnowledgeBase } from '../kb/db';
import { installPack } from '../kb/install-pack';
import { Pack } from '../kb/pack-schema';
import { samplePack } from '../kb/testing/sample-pack';
import { type ResponseOf, responseSchema } from '../messaging/protocol';
import type { Result } from '../shared/result';
import { type BackgroundDeps, handleMessage } from './handle-message';

const ORIGIN = 'chrome-extension://konteks/';
const optionsPage = { url: `${ORIGIN}options.html` };
const contentScript = { url: 'https://news.example/article', tab: { id: 1 } as never };
const FEED = readFileSync('tests/fixtures/claims/feed.json', 'utf8');
const PAGE = 'https://www.inews.id/news/internasional/konteks-test-claim-page';
let dbCount = 0;

/** The marks of a find-mentions answer, parsed as the content script parses it. */
function marksOf(raw: unknown): ResponseOf<'find-mentions'>['marks'] {
  const parsed = responseSchema('find-mentions').parse(raw) as Result<ResponseOf<'find-mentions'>>;
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.marks;
}

function deps(): BackgroundDeps & { changes: number[] } {
  const db = openKnowledgeBase(`claims-handler-${++dbCount}`);
  const changes: number[] = [];
  return {
    db: () => db,
    matcher: async () => ({ revision: 1, matcher: { size: 0, find: () => [] } }),
    extensionOrigin: ORIGIN,
    onKnowledgeChanged: (revision) => changes.push(revision),
    changes,
  };
}

describe('ClaimReview through the message protocol', () => {
  it('the file import path takes a feed, and the source lists its claim count', async () => {
    const d = deps();
    const imported = await handleMessage(
      { type: 'import-pack', text: FEED, fileName: 'feed.json' },
      optionsPage,
      d,
    );
    expect(imported).toMatchObject({ ok: true, value: { id: 'claims-feed', claimCount: 3, entityCount: 0 } });
    expect(responseSchema('import-pack').safeParse(imported).success).toBe(true);
    expect(d.changes).toHaveLength(1);
    const listed = await handleMessage({ type: 'list-sources' }, optionsPage, d);
    expect(listed).toMatchObject({ ok: true, value: [{ id: 'claims-feed', claimCount: 3 }] });
  });

  it('reports the records a partly broken feed skipped; refuses a wholly broken one, storing nothing', async () => {
    const d = deps();
    const some = readFileSync('tests/fixtures/claims/broken-some.json', 'utf8');
    expect(
      await handleMessage({ type: 'import-pack', text: some, fileName: 'x.json' }, optionsPage, d),
    ).toMatchObject({
      ok: true,
      value: { claimCount: 1, skipped: { count: 2, message: expect.stringMatching(/^\[1\]\.url/) } },
    });
    const all = readFileSync('tests/fixtures/claims/broken-all.json', 'utf8');
    const refused = await handleMessage(
      { type: 'import-pack', text: all, fileName: 'y.json' },
      optionsPage,
      d,
    );
    expect(refused).toMatchObject({ ok: false, error: { path: 'dataFeedElement[0].item[0].claimReviewed' } });
    expect(await (await d.db()).getAll('sources')).toHaveLength(1);
  });

  it('a content script may not import claims, but may ask for a page’s claims and marks', async () => {
    const d = deps();
    expect(await handleMessage({ type: 'import-pack', text: FEED }, contentScript, d)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await handleMessage({ type: 'import-pack', text: FEED, fileName: 'feed.json' }, optionsPage, d);
    const claims = await handleMessage(
      { type: 'page-claims', url: `${PAGE}/?utm_source=x` },
      contentScript,
      d,
    );
    expect(claims).toMatchObject({
      ok: true,
      value: [
        {
          kind: 'claim',
          verdict: 'Salah',
          author: { name: 'Cek Fakta Contoh' },
          datePublished: '2024-12-02',
        },
      ],
    });
    const segments = [
      'Warga heboh. Jembatan baru di Kota Contoh runtuh dua hari setelah diresmikan pada November 2024. Polisi diam.',
      'Jembatan baru di Kota Contoh tidak runtuh dua hari setelah diresmikan pada November 2024.',
    ];
    const marks = marksOf(
      await handleMessage({ type: 'find-mentions', segments, lang: 'id' }, contentScript, d),
    );
    expect(marks.map((m) => [m.segment, segments[m.segment]?.slice(m.start, m.end)])).toEqual([
      [0, 'Jembatan baru di Kota Contoh runtuh dua hari setelah diresmikan pada November 2024.'],
    ]);
    // A page marked with highlights takes no markers, and asks for none: nothing is searched.
    const without = await handleMessage(
      { type: 'find-mentions', segments, lang: 'id', withMarks: false },
      contentScript,
      d,
    );
    expect(marksOf(without)).toEqual([]);
  });

  it('exports a claims source as a DataFeed, and a disabled source gives no marks', async () => {
    const d = deps();
    await handleMessage({ type: 'import-pack', text: FEED, fileName: 'feed.json' }, optionsPage, d);
    const exported = await handleMessage({ type: 'export-source', sourceId: 'claims-feed' }, optionsPage, d);
    if (!exported.ok) throw new Error('export');
    const { text } = exported.value as { text: string };
    expect(parseClaimReviewText(text)).toMatchObject({ ok: true, value: { records: { length: 3 } } });
    await handleMessage(
      { type: 'set-source-enabled', sourceId: 'claims-feed', enabled: false },
      optionsPage,
      d,
    );
    const segments = ['The city council of Exampleton banned all bicycles from its streets on Sundays.'];
    expect(marksOf(await handleMessage({ type: 'find-mentions', segments }, contentScript, d))).toEqual([]);
  });

  it('a subscribed feed is updated from its address: preview lists the changes, apply replaces', async () => {
    const d = deps();
    const url = 'https://cekfakta.example/feed.json';
    const sub = await handleMessage({ type: 'subscribe-pack', url, text: FEED }, optionsPage, d);
    expect(sub).toMatchObject({ ok: true, value: { kind: 'url', url, claimCount: 3 } });
    const id = (sub as { value: { id: string } }).value.id;
    const feed = JSON.parse(FEED);
    feed.dataFeedElement.pop();
    const text = JSON.stringify(feed);
    const preview = await handleMessage({ type: 'preview-update', sourceId: id, text }, optionsPage, d);
    expect(preview).toMatchObject({ ok: true, value: { added: [], removed: { length: 2 } } });
    expect(responseSchema('preview-update').safeParse(preview).success).toBe(true);
    expect(await handleMessage({ type: 'apply-update', sourceId: id, text }, optionsPage, d)).toMatchObject({
      ok: true,
      value: { claimCount: 1 },
    });
    const pack = JSON.stringify(samplePack({ id }));
    expect(
      await handleMessage({ type: 'apply-update', sourceId: id, text: pack }, optionsPage, d),
    ).toMatchObject({
      ok: false,
      error: { code: 'wrong-content' },
    });
  });

  it('context notes of an enabled pack mark their phrases, in the page language', async () => {
    const d = deps();
    const pack = Pack.parse(
      samplePack({
        notes: [
          {
            id: 'atlantis-note',
            phrases: [{ text: 'pulau yang hilang', lang: 'id' }],
            text: { en: 'A story, not a place.', id: 'Sebuah kisah, bukan tempat.' },
            sources: ['wiki-atlantis'],
          },
        ],
      }),
    );
    await installPack(await d.db(), pack, { kind: 'file' });
    const segments = ['Itu Pulau yang Hilang.'];
    const marks = marksOf(
      await handleMessage({ type: 'find-mentions', segments, lang: 'id' }, contentScript, d),
    );
    expect(marks).toMatchObject([
      {
        start: 4,
        end: 21,
        card: { kind: 'note', text: 'Sebuah kisah, bukan tempat.', sources: [{ id: 'wiki-atlantis' }] },
      },
    ]);
  });
});
