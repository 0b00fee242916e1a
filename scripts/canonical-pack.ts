/**
 * Writes a curated pack in its canonical form: entities and citations sorted by id, keys in the
 * schema's order, two-space JSON. Optional fragment files ({ citations, entities }) are merged in
 * first, refusing ids that already exist. Usage:
 *   tsx scripts/canonical-pack.ts seeds/konteks-seed.json [fragment.json ...]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { z } from 'zod';
import { validatePack } from '../src/kb/pack-parse.ts';
import { Alias, Citation, ContextNote, DatedEvent, Entity, Fact, Pack } from '../src/kb/pack-schema.ts';

type Json = Record<string, unknown>;

function ordered(value: Json, shape: z.ZodRawShape): Json {
  const known = Object.keys(shape).filter((key) => key in value);
  const rest = Object.keys(value).filter((key) => !(key in shape));
  return Object.fromEntries([...known, ...rest].map((key) => [key, value[key]]));
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function canonicalPack(raw: Json): Json {
  const entities = (raw.entities as Json[]).map((entity) =>
    ordered(
      {
        ...entity,
        aliases: (entity.aliases as Json[]).map((a) => ordered(a, Alias.shape)),
        facts: (entity.facts as Json[]).map((f) => ordered(f, Fact.shape)),
        events: (entity.events as Json[]).map((e) => ordered(e, DatedEvent.shape)),
      },
      Entity.shape,
    ),
  );
  const citations = (raw.citations as Json[]).map((c) => ordered(c, Citation.shape));
  return ordered(
    {
      ...raw,
      citations: citations.sort((a, b) => byId(a as { id: string }, b as { id: string })),
      entities: entities.sort((a, b) => byId(a as { id: string }, b as { id: string })),
      ...(raw.notes ? { notes: (raw.notes as Json[]).map((n) => ordered(n, ContextNote.shape)) } : {}),
    },
    Pack.shape,
  );
}

export function mergeFragment(pack: Json, fragment: { citations?: Json[]; entities?: Json[] }): Json {
  const taken = (items: Json[]) => new Set(items.map((item) => item.id));
  const entityIds = taken(pack.entities as Json[]);
  const citationIds = taken(pack.citations as Json[]);
  for (const entity of fragment.entities ?? []) {
    if (entityIds.has(entity.id)) throw new Error(`entity id ${String(entity.id)} already exists`);
  }
  for (const citation of fragment.citations ?? []) {
    if (citationIds.has(citation.id)) throw new Error(`citation id ${String(citation.id)} already exists`);
  }
  return {
    ...pack,
    citations: [...(pack.citations as Json[]), ...(fragment.citations ?? [])],
    entities: [...(pack.entities as Json[]), ...(fragment.entities ?? [])],
  };
}

function main(args: string[]): void {
  const [target, ...fragments] = args;
  if (!target) throw new Error('usage: tsx scripts/canonical-pack.ts <pack.json> [fragment.json ...]');
  let pack = JSON.parse(readFileSync(target, 'utf8')) as Json;
  for (const file of fragments) pack = mergeFragment(pack, JSON.parse(readFileSync(file, 'utf8')));
  const result = validatePack(pack);
  if (!result.ok) throw new Error(`${target}: ${result.error.message}`);
  writeFileSync(target, `${JSON.stringify(canonicalPack(pack), null, 2)}\n`);
  console.log(
    `${target}: ${(pack.entities as Json[]).length} entities, ${(pack.citations as Json[]).length} citations`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
