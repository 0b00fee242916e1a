import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord } from '../matcher/fuzzy-words';
import type { Result } from '../shared/result';
import { parsePackText, validatePack } from './pack-parse';

/**
 * Issue 7 point 4: the pack parser accepts or rejects 10,000 random and mutated packs without
 * throwing, and always answers with a Result. Mutations start from the real seed pack
 * (seeds/konteks-seed.json, cut to a few entities so 10,000 runs stay fast): fields dropped,
 * duplicated or replaced with random JSON, and the file's text truncated.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const SEED = JSON.parse(readFileSync(new URL('../../seeds/konteks-seed.json', import.meta.url), 'utf8')) as {
  entities: { sources?: string[]; facts?: { sources: string[] }[]; events?: { sources: string[] }[] }[];
  citations: { id: string }[];
} & Record<string, Json>;

/** The seed's header with entities [from, from + count) and only the citations they cite. */
function seedSlice(from: number, count: number): Json {
  const entities = SEED.entities.slice(from, from + count);
  const cited = new Set<string>();
  for (const e of entities) {
    for (const id of e.sources ?? []) cited.add(id);
    for (const f of [...(e.facts ?? []), ...(e.events ?? [])]) for (const id of f.sources) cited.add(id);
  }
  // The pack's context notes stay, with the citations they need.
  for (const note of (SEED.notes ?? []) as { sources: string[] }[])
    for (const id of note.sources) cited.add(id);
  return structuredClone({
    ...SEED,
    entities,
    citations: SEED.citations.filter((c) => cited.has(c.id)),
  }) as unknown as Json;
}

/** Every path to a value inside `root` (objects and arrays), the root itself first. */
function paths(root: Json): (string | number)[][] {
  const out: (string | number)[][] = [[]];
  const walk = (node: Json, path: (string | number)[]) => {
    if (Array.isArray(node)) for (const [i, child] of node.entries()) visit(child, [...path, i]);
    else if (node !== null && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) visit(child, [...path, key]);
  };
  const visit = (node: Json, path: (string | number)[]) => {
    out.push(path);
    walk(node, path);
  };
  walk(root, []);
  return out;
}

type Op = 'drop' | 'replace' | 'duplicate' | 'empty' | 'proto' | 'long';
interface Mutation {
  at: number;
  op: Op;
  value: Json;
}

/** Applies one mutation at the `at`-th path (modulo the number of paths); returns the new root. */
function mutate(root: Json, { at, op, value }: Mutation): Json {
  const all = paths(root);
  const path = all[at % all.length] ?? [];
  if (path.length === 0) return op === 'replace' ? value : root;
  let parent: Json = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as Json;
  const key = path[path.length - 1] as string | number;
  const container = parent as Record<string | number, Json>;
  const list = Array.isArray(parent) ? parent : undefined;
  const current = container[key] as Json;
  switch (op) {
    case 'drop':
      if (list) list.splice(key as number, 1);
      else delete container[key];
      break;
    case 'replace':
      container[key] = value;
      break;
    case 'duplicate':
      if (list) list.splice(key as number, 0, structuredClone(current));
      else {
        // The value also replaces its next sibling (a duplicated id, a name where a date goes).
        const keys = Object.keys(container);
        const next = keys[(keys.indexOf(String(key)) + 1) % keys.length] ?? String(key);
        container[next] = structuredClone(current);
      }
      break;
    case 'empty':
      container[key] = Array.isArray(current) ? [] : typeof current === 'string' ? '' : {};
      break;
    case 'proto':
      if (!list)
        Object.defineProperty(container, '__proto__', {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      break;
    case 'long':
      container[key] = (typeof current === 'string' && current ? current : 'x').repeat(5000).slice(0, 5000);
      break;
  }
  return root;
}

const jsonValue = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom<Op>('drop', 'replace', 'duplicate', 'empty', 'proto', 'long'),
  value: jsonValue,
});
const sliceArb = fc.tuple(fc.nat({ max: SEED.entities.length - 1 }), fc.integer({ min: 0, max: 3 }));

const tally = { accepted: 0, rejected: 0 };

/** The property every answer must have: a Result, never an exception; accepted packs validate again. */
function checkResult(result: Result<unknown>): void {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    tally.accepted++;
    expect(validatePack(result.value).ok).toBe(true);
  } else {
    tally.rejected++;
    expect(typeof result.error.code).toBe('string');
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

describe('the pack parser under 10,000 random and mutated packs', { timeout: 60_000 }, () => {
  it('the unmutated slices of the seed are accepted (the mutations start from valid packs)', () => {
    for (let from = 0; from < SEED.entities.length; from += 7) {
      const result = validatePack(seedSlice(from, 3));
      expect(result.ok ? 'ok' : result.error.message).toBe('ok');
    }
  });

  it('4,000 seed slices with 1–4 field mutations: dropped, duplicated, replaced, emptied, lengthened', () => {
    fc.assert(
      fc.property(
        sliceArb,
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        ([from, count], mutations) => {
          let pack = seedSlice(from, count);
          for (const m of mutations) pack = mutate(pack, m);
          checkResult(validatePack(pack));
          checkResult(parsePackText(JSON.stringify(pack)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('2,000 seed slices as text, truncated anywhere or with a character replaced', () => {
    fc.assert(
      fc.property(
        sliceArb,
        fc.nat(),
        fc.option(fc.string({ minLength: 1, maxLength: 2 })),
        ([from, count], cut, swap) => {
          const text = JSON.stringify(seedSlice(from, count));
          const at = cut % (text.length + 1);
          const mutated = swap === null ? text.slice(0, at) : text.slice(0, at) + swap + text.slice(at + 1);
          checkResult(parsePackText(mutated));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('2,000 random JSON values, as values and as text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        checkResult(validatePack(value));
        checkResult(parsePackText(JSON.stringify(value) ?? 'null'));
      }),
      { numRuns: 1000 },
    );
  });

  it('1,000 arbitrary JavaScript values (incl. prototype keys, symbols, getters-free objects)', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withObjectString: true, withMap: true }),
        (value) => {
          checkResult(validatePack(value));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('1,000 random strings as file text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkResult(parsePackText(text));
      }),
      { numRuns: 1000 },
    );
    // The runs above: 2×2,000 + 2,000 + 2×1,000 + 1,000 + 1,000 = 10,000 answers, every one a Result.
    expect(tally.accepted + tally.rejected).toBe(10_000);
    expect(tally.rejected).toBeGreaterThan(1000);
    expect(tally.accepted).toBeGreaterThan(100);
    console.log(`[pack fuzz] ${tally.accepted} accepted, ${tally.rejected} rejected, none thrown`);
  });
});

describe('matcher normalisation (issue 7 point 4: idempotent)', () => {
  const letters = fc
    .array(
      fc.oneof(
        fc.integer({ min: 0x41, max: 0x24f }),
        fc.integer({ min: 0x370, max: 0x52f }),
        fc.integer({ min: 0x1e00, max: 0x1fff }),
        fc.integer({ min: 0, max: 0x10ffff }),
      ),
      { maxLength: 20 },
    )
    .map((cps) =>
      cps
        .map((cp) => String.fromCodePoint(cp))
        // Letters whose compatibility form is letters and marks only (not "Ŀ" → "L·", see below).
        .filter(
          (ch) =>
            /^\p{L}$/u.test(ch) &&
            /^[\p{L}\p{M}]+$/u.test(ch.normalize('NFKD').replace(/[\u02bb\u02bc]/gu, '!')),
        )
        .join(''),
    );

  it('folding a folded word of letters changes nothing', () => {
    fc.assert(
      fc.property(letters, (text) => {
        const once = foldWord(text, 0, text.length);
        expect(foldWord(once, 0, once.length)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  // Once failed: a word character whose NFKD form holds punctuation or an apostrophe kept it in
  // its fold, so a second fold dropped it ("⑴" → "(1)" → "1", "Ŀ" → "l·" → "l", "ŉ" → "ʼn" → "n").
  it('folding a folded word of any characters changes nothing (incl. "⑴", "Ŀ", "ŉ")', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 30 }),
          fc.string({ unit: 'binary', maxLength: 30 }),
          fc.constant('⑴'),
          fc.constant('Ŀ'),
          fc.constant('ŉ'),
        ),
        (text) => {
          const once = foldWord(text, 0, text.length);
          expect(foldWord(once, 0, once.length)).toBe(once);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
