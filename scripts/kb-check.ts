/**
 * `npm run kb:check`: the knowledge-base quality gate over every pack in seeds/ (issue 3, point 4).
 * Prints each problem (pack › entity › field: what is wrong) and exits 1 if there is any, then
 * prints counts per entity type, per language and per source publisher.
 * Usage: tsx scripts/kb-check.ts [directory of packs, default seeds/]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { checkPacks, earlierDate } from '../src/kb/quality/check-packs.ts';
import { COLLIDING_WORDS, commonWordsOf } from '../src/kb/quality/common-words.ts';
import { formatStats, packStats } from '../src/kb/quality/stats.ts';
import { formatProblem } from '../src/kb/quality/types.ts';

/** When the packs were last curated: nothing in them may be dated later (nor after today). */
const CURATION_DATE = '2026-11-27';

const SEEDS = process.argv[2]
  ? new URL(`file://${resolve(process.argv[2])}/`)
  : new URL('../seeds/', import.meta.url);
const stopwords = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;

function main(): number {
  const files = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.json') && name !== 'biome.json')
    .sort()
    .map((file) => ({ file, value: JSON.parse(readFileSync(new URL(file, SEEDS), 'utf8')) as unknown }));
  if (files.length === 0) {
    console.log(`kb:check FAILED: no packs in ${SEEDS.pathname}`);
    return 1;
  }
  const today = new Date().toISOString().slice(0, 10);
  const commonWords = commonWordsOf({ id: stopwords.id ?? [], en: stopwords.en ?? [] }, COLLIDING_WORDS);
  const { packs, problems } = checkPacks(files, { latest: earlierDate(CURATION_DATE, today), commonWords });
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(
    problems.length === 0
      ? `kb:check passed: ${files.length} packs (${files.map((f) => f.file).join(', ')})`
      : `kb:check FAILED: ${problems.length} problems`,
  );
  for (const loaded of packs) console.log(formatStats(loaded.pack.id, packStats([loaded])).join('\n'));
  if (packs.length > 1) console.log(formatStats('all packs', packStats(packs)).join('\n'));
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main();
