import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aliasRecordsOf } from '../../src/kb/install-pack.ts';
import { parsePackText } from '../../src/kb/pack-parse.ts';
import { buildMatcher } from '../../src/matcher/build-matcher.ts';
import type { Matcher } from '../../src/matcher/types.ts';
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

/** The matcher as the background builds it from the curated pack (names count as aliases). */
export function packMatcher(path = PACK): Matcher {
  const pack = parsePackText(readFileSync(path, 'utf8'));
  if (!pack.ok) throw new Error(`${path}: ${pack.error.message}`);
  return buildMatcher(aliasRecordsOf(pack.value));
}

/** Every mention the matcher reports on a page (every one, not first-only), its best guess first. */
function predict(matcher: Matcher, blocks: string[], offsets: number[], lang: string | undefined): Span[] {
  return blocks.flatMap((block, i) =>
    matcher.find(block, { lang }).map((m) => ({
      start: (offsets[i] as number) + m.start,
      end: (offsets[i] as number) + m.end,
      entityId: m.entityIds[0] as string,
      ...(m.probable && { note: 'probable' }),
      ...(m.sentenceStart && { note: 'sentence start' }),
    })),
  );
}

/** Runs the matcher on every fixture page and scores it against its labels. */
export function evaluate(matcher = packMatcher(), dir = FIXTURES): { pages: PageResult[]; overall: Score } {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();
  const pages = names.map((name): PageResult => {
    const page = readPage(readFileSync(join(dir, `${name}.html`), 'utf8'));
    const labels = JSON.parse(readFileSync(join(dir, `${name}.labels.json`), 'utf8')) as Label[];
    const expected = expectedSpans(page.text, labels);
    const predicted = predict(matcher, page.blocks, page.offsets, page.lang);
    return {
      name,
      lang: page.lang,
      text: page.text,
      score: score(predicted, expected),
      ...differences(predicted, expected),
    };
  });
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
