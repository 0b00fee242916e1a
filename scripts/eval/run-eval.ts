import './extension-env.ts';
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BackgroundDeps, handleMessage } from '../../src/background/handle-message.ts';
import { openKnowledgeBase } from '../../src/kb/db.ts';
import { aliasRecordsOf, installPack } from '../../src/kb/install-pack.ts';
import { parsePackText } from '../../src/kb/pack-parse.ts';
import { buildMatcher } from '../../src/matcher/build-matcher.ts';
import type { Matcher } from '../../src/matcher/types.ts';
import type { FoundMention } from '../../src/messaging/protocol.ts';
import { readPage } from './page-text.ts';
import { differences, expectedSpans, type Label, type Score, type Span, score, summarise } from './score.ts';

const root = new URL('../../', import.meta.url).pathname;
/** The labelled pages: `<name>.html` beside `<name>.labels.json`. */
export const FIXTURES = join(root, 'tests/fixtures/eval');
/** The curated pack the labels refer to. */
export const PACK = join(root, 'seeds/konteks-seed.json');

export interface PageResult {
  name: string;
  lang: string | undefined;
  text: string;
  score: Score;
  missed: Span[];
  wrong: Span[];
}

let evalDatabases = 0;

/**
 * What a page gets from the background: the matcher plus the page-level decisions made in
 * src/background/handle-message.ts (ambiguous names, capitalised everyday words opening a
 * sentence), over an in-memory IndexedDB holding the curated pack.
 */
async function backgroundFinder(path = PACK) {
  const pack = parsePackText(readFileSync(path, 'utf8'));
  if (!pack.ok) throw new Error(`${path}: ${pack.error.message}`);
  const matcher: Matcher = buildMatcher(aliasRecordsOf(pack.value));
  const db = await openKnowledgeBase(`eval-${++evalDatabases}`);
  await installPack(db, pack.value, { kind: 'bundled' });
  const deps: BackgroundDeps = {
    db: async () => db,
    matcher: async () => ({ revision: 1, matcher }),
    extensionOrigin: 'chrome-extension://eval/',
    onKnowledgeChanged: () => {},
  };
  return async (segments: string[], lang: string | undefined): Promise<FoundMention[]> => {
    const answer = await handleMessage(
      { type: 'find-mentions', segments, lang },
      { url: 'https://eval.test/' },
      deps,
    );
    if (!answer.ok) throw new Error(answer.error.message);
    return (answer.value as { mentions: FoundMention[] }).mentions;
  };
}

/** Every mention a page gets (every one, not first-only), as the background answers the whole page. */
async function predict(
  find: (segments: string[], lang: string | undefined) => Promise<FoundMention[]>,
  blocks: string[],
  offsets: number[],
  lang: string | undefined,
): Promise<Span[]> {
  return (await find(blocks, lang)).map((m) => ({
    start: (offsets[m.segment] as number) + m.start,
    end: (offsets[m.segment] as number) + m.end,
    entityId: m.entityId,
    ...(m.probable && { note: 'probable' }),
    ...(m.unsure && { note: 'unsure' }),
  }));
}

/** Runs the background's mention-finding on every fixture page and scores it against its labels. */
export async function evaluate(
  packPath = PACK,
  dir = FIXTURES,
): Promise<{ pages: PageResult[]; overall: Score }> {
  const find = await backgroundFinder(packPath);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();
  const pages: PageResult[] = [];
  for (const name of names) {
    const page = readPage(readFileSync(join(dir, `${name}.html`), 'utf8'));
    const labels = JSON.parse(readFileSync(join(dir, `${name}.labels.json`), 'utf8')) as Label[];
    const expected = expectedSpans(page.text, labels);
    const predicted = await predict(find, page.blocks, page.offsets, page.lang);
    pages.push({
      name,
      lang: page.lang,
      text: page.text,
      score: score(predicted, expected),
      ...differences(predicted, expected),
    });
  }
  const sum = (pick: (s: Score) => number) => pages.reduce((n, p) => n + pick(p.score), 0);
  return {
    pages,
    overall: summarise(
      sum((s) => s.truePositives),
      sum((s) => s.predicted),
      sum((s) => s.expected),
    ),
  };
}
