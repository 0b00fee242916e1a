import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parsePackText, validatePack } from '../src/kb/pack-parse.ts';
import { buildWorldPack } from './world/build.ts';
import { loadWorldData } from './world/data.ts';
import { formatPackText } from './world/format.ts';

/**
 * `npm run seeds:build`: regenerates seeds/konteks-world.json from the pinned data packages,
 * leaving out every country the curated pack (seeds/konteks-seed.json) already describes.
 * Run it again whenever the curated pack gains a country or region.
 */

export const CURATED_PACK = new URL('../seeds/konteks-seed.json', import.meta.url);
export const WORLD_PACK = new URL('../seeds/konteks-world.json', import.meta.url);

/** The world pack's text as it should be committed, from the current curated pack. */
export function worldPackText(): { text: string; report: ReturnType<typeof buildWorldPack>['report'] } {
  const curated = parsePackText(readFileSync(CURATED_PACK, 'utf8'));
  if (!curated.ok) throw new Error(`the curated pack is invalid: ${curated.error.message}`);
  const { pack, report } = buildWorldPack(loadWorldData(), [curated.value]);
  const text = formatPackText(pack);
  const check = validatePack(JSON.parse(text));
  if (!check.ok) throw new Error(`the generated world pack is invalid: ${check.error.message}`);
  return { text, report };
}

function main() {
  const { text, report } = worldPackText();
  writeFileSync(WORLD_PACK, text);
  const pack = JSON.parse(text) as { entities: { aliases: unknown[] }[]; languages: string[] };
  const aliases = pack.entities.reduce((n, e) => n + e.aliases.length, 0);
  const bytes = Buffer.byteLength(text);
  console.log(`wrote ${WORLD_PACK.pathname}`);
  console.log(
    `${pack.entities.length} entities, ${aliases} aliases, ${pack.languages.length} languages, ` +
      `${bytes} bytes (${gzipSync(text).length} gzipped)`,
  );
  console.log(`left to the curated pack: ${JSON.stringify(report.curated)}`);
  console.log(
    `dropped as ambiguous between countries: ${report.ambiguous.length} (${report.ambiguous.join(', ')})`,
  );
  console.log(`kept as ambiguous (genuinely shared): ${report.shared.join(', ') || 'none'}`);
  console.log(`dropped as used by a curated entity: ${report.curatedClashes.join(', ') || 'none'}`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main();
