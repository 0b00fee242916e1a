import seedPack from '../../seeds/konteks-seed.json';
import worldPack from '../../seeds/konteks-world.json';
import { fail, ok, type Result } from '../shared/result';
import type { AliasRecord, KonteksDB } from './db';
import { aliasRecordsOf, installPack } from './install-pack';
import { validatePack } from './pack-parse';
import type { Pack } from './pack-schema';

/**
 * The packs shipped inside the extension, as raw JSON: validated like any other pack before use.
 * The curated pack comes first, so its aliases win over the generated world layer's
 * (seeds/konteks-world.json, `npm run seeds:build`), which leaves out what the curated pack describes.
 */
export const BUNDLED_PACKS: readonly unknown[] = [seedPack, worldPack];

/**
 * Loads each bundled pack unless the same version is already stored. Called whenever the
 * background starts, so an update of the extension refreshes its packs; a reader's choice to
 * switch a bundled source off survives (installPack keeps `enabled`).
 */
export async function ensureBundledPacks(
  db: KonteksDB,
  packs: readonly unknown[] = BUNDLED_PACKS,
): Promise<Result<string[]>> {
  const installed: string[] = [];
  for (const [index, raw] of packs.entries()) {
    const parsed = validatePack(raw);
    if (!parsed.ok) return fail('bundled-pack-invalid', `a bundled pack is invalid: ${parsed.error.message}`);
    const pack = parsed.value;
    const stored = await db.get('sources', pack.id);
    if (stored?.header.version === pack.version) continue;
    // A new bundled source takes its shipped place above every added source (curated first);
    // an updated one keeps the place the reader gave it.
    const priority = stored ? undefined : index - packs.length;
    // The shipped packs' aliases are read from memory by the matcher (bundledAliasRecords).
    const aliasesInMemory = packs === BUNDLED_PACKS;
    const result = await installPack(db, pack, { kind: 'bundled', priority, aliasesInMemory });
    if (!result.ok) return result;
    installed.push(pack.id);
  }
  return ok(installed);
}

const bundledAliases = new Map<string, AliasRecord[]>();
const bundledParsed = new Map<string, Pack | undefined>();

/**
 * The shipped copy of a bundled pack (validated once per service-worker life); undefined when no
 * bundled pack has that id and version.
 */
export function bundledPack(sourceId: string, version: string): Pack | undefined {
  const key = `${sourceId}@${version}`;
  if (!bundledParsed.has(key)) {
    let found: Pack | undefined;
    for (const raw of BUNDLED_PACKS) {
      const parsed = validatePack(raw);
      if (parsed.ok && parsed.value.id === sourceId && parsed.value.version === version) found = parsed.value;
    }
    bundledParsed.set(key, found);
  }
  return bundledParsed.get(key);
}

/**
 * The alias rows of a bundled pack, from the copy shipped in the extension; undefined when no
 * bundled pack has that id and version.
 */
export function bundledAliasRecords(sourceId: string, version: string): AliasRecord[] | undefined {
  const key = `${sourceId}@${version}`;
  if (!bundledAliases.has(key)) {
    const pack = bundledPack(sourceId, version);
    if (pack) bundledAliases.set(key, aliasRecordsOf(pack));
  }
  return bundledAliases.get(key);
}
