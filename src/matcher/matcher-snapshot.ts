import { AliasEntries } from './alias-entries.ts';
import { buildMatcherParts } from './build-matcher.ts';
import { FuzzyIndex } from './fuzzy-index.ts';
import { MissFilter } from './miss-filter.ts';
import { TokenDict } from './token-dict.ts';
import { TokenTrie } from './token-trie.ts';
import { type MatcherParts, TrieMatcher } from './trie-matcher.ts';
import type { Matcher } from './types.ts';

/**
 * A built matcher as plain data (arrays, typed arrays, strings, a Map), so it can be stored with
 * the structured clone of IndexedDB and brought back without building it again: an MV3 service
 * worker is stopped after half a minute idle, and rebuilding 20k aliases on every wake costs
 * 0.2–0.4 s before the first page of the next visit is marked.
 *
 * The parts keep their state in plain fields; a snapshot copies those fields and a restore puts
 * them back on objects with the right prototypes. Bump SNAPSHOT_FORMAT whenever a part's fields
 * change meaning, so an old snapshot is rebuilt instead of misread.
 */
export const SNAPSHOT_FORMAT = 1;

type Fields = Record<string, unknown>;

export interface MatcherSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  dict: Fields;
  /** The dictionary's miss filter (a part of its own). */
  filter: Fields;
  trie: Fields;
  entries: Fields;
  /** The fuzzy index without its link to the dictionary, which is restored from `dict`. */
  fuzzy: Fields;
  ciRoot: number;
  csRoot: number;
  hasCaseSensitive: boolean;
  maxWords: number;
}

/** The parts of a matcher as data; the arrays are shared, so store (clone) it right away. */
export function snapshotParts(parts: MatcherParts): MatcherSnapshot {
  const { filter, ...dict } = fieldsOf(parts.dict);
  const { dict: _linked, ...fuzzy } = fieldsOf(parts.fuzzy);
  return {
    format: SNAPSHOT_FORMAT,
    dict,
    filter: fieldsOf(filter as object),
    trie: fieldsOf(parts.trie),
    entries: fieldsOf(parts.entries),
    fuzzy,
    ciRoot: parts.ciRoot,
    csRoot: parts.csRoot,
    hasCaseSensitive: parts.hasCaseSensitive,
    maxWords: parts.maxWords,
  };
}

/**
 * The matcher a snapshot describes, or undefined when it is not one this code wrote (another
 * format, or damaged): the caller then builds the matcher from the aliases.
 */
export function matcherFromSnapshot(snapshot: unknown): Matcher | undefined {
  if (!isSnapshot(snapshot)) return undefined;
  try {
    const dict = revive(TokenDict, { ...snapshot.dict, filter: revive(MissFilter, snapshot.filter) });
    const parts: MatcherParts = {
      dict,
      trie: revive(TokenTrie, snapshot.trie),
      entries: revive(AliasEntries, snapshot.entries),
      fuzzy: revive(FuzzyIndex, { ...snapshot.fuzzy, dict }),
      ciRoot: snapshot.ciRoot,
      csRoot: snapshot.csRoot,
      hasCaseSensitive: snapshot.hasCaseSensitive,
      maxWords: snapshot.maxWords,
    };
    const matcher = new TrieMatcher(parts);
    // A damaged snapshot shows itself at once, not on a reader's page.
    matcher.find('Konteks', { lang: 'en' });
    return matcher;
  } catch {
    return undefined;
  }
}

/**
 * True when `value` has exactly the shape of a snapshot this code writes: the same fields in every
 * part, each of the same kind (array, typed array, Map, number…) as in a freshly built matcher's.
 * A snapshot from code whose fields differ, or a damaged one, is refused.
 */
function isSnapshot(value: unknown): value is MatcherSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const template = snapshotParts(buildMatcherParts([])) as unknown as Fields;
  return sameShape(template, value as Fields, 2);
}

function sameShape(template: Fields, value: Fields, depth: number): boolean {
  const keys = Object.keys(template);
  if (Object.keys(value).length !== keys.length) return false;
  return keys.every((key) => {
    const [want, got] = [template[key], value[key]];
    if (kindOf(want) !== kindOf(got)) return false;
    if (kindOf(want) !== 'Object' || depth === 0) return key !== 'format' || want === got;
    return sameShape(want as Fields, got as Fields, depth - 1);
  });
}

/** "list" (an array, packed or not), "Int32Array", "Map", "Object", "number", "string"… */
function kindOf(value: unknown): string {
  if (typeof value !== 'object') return typeof value;
  if (Array.isArray(value) || isPacked(value)) return 'list';
  return value === null ? 'null' : Object.prototype.toString.call(value).slice(8, -1);
}

/**
 * An object's own fields (class fields are own properties, private ones included). Arrays of
 * integers or of booleans are stored packed in typed arrays: the structured clone copies those as
 * raw bytes, many times faster to read back than arrays of numbers read one value at a time.
 */
function fieldsOf(object: object): Fields {
  const fields: Fields = {};
  for (const [key, value] of Object.entries(object))
    fields[key] = Array.isArray(value) ? packed(value) : value;
  return fields;
}

/** A packed array: integers in an Int32Array, booleans in a Uint8Array. */
type Packed = { ints: Int32Array } | { bools: Uint8Array };

function packed(list: unknown[]): unknown[] | Packed {
  if (list.length === 0) return list;
  if (list.every((x) => typeof x === 'boolean')) return { bools: Uint8Array.from(list as boolean[], Number) };
  if (list.every((x) => Number.isInteger(x) && (x as number) >= -(2 ** 31) && (x as number) < 2 ** 31))
    return { ints: Int32Array.from(list as number[]) };
  return list;
}

function isPacked(value: unknown): value is Packed {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || ArrayBuffer.isView(value))
    return false;
  const { ints, bools } = value as { ints?: unknown; bools?: unknown };
  const keys = Object.keys(value).length;
  return keys === 1 && (ints instanceof Int32Array || bools instanceof Uint8Array);
}

/** A plain array of a typed array's values; a counted loop is several times faster than Array.from. */
function toArray(packed: Int32Array | Uint8Array): number[] {
  const list = new Array<number>(packed.length);
  for (let i = 0; i < packed.length; i++) list[i] = packed[i] as number;
  return list;
}

/** The fields as the parts hold them: packed arrays become plain arrays again. */
function unpacked(fields: Fields): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!isPacked(value)) out[key] = value;
    else out[key] = 'ints' in value ? toArray(value.ints) : toArray(value.bools).map(Boolean);
  }
  return out;
}

/** An object of `type` holding `fields`, made without running its constructor. */
function revive<T extends object>(type: { prototype: T }, fields: Fields): T {
  return Object.assign(Object.create(type.prototype) as T, unpacked(fields));
}
