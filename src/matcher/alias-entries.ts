import type { Mention } from './types.ts';

/** "id-ID" → "id", "EN_gb" → "en"; '' for anything that is not a non-empty string. */
export function primaryLanguage(lang: unknown): string {
  if (typeof lang !== 'string') return '';
  const cut = lang.search(/[-_]/);
  return (cut < 0 ? lang : lang.slice(0, cut)).trim().toLowerCase();
}

/** Entity ids of an entry naming more than one entity, with the input position of each. */
interface ManyIds {
  ids: string[];
  orders: number[];
}

/**
 * The alias entries, one per distinct (normalised alias, case sensitivity, language), grouped
 * by the trie node where the alias ends (the trie stores the group number); and how a match on
 * one or two groups (case-insensitive and case-sensitive) becomes a Mention. Entries are kept
 * as parallel arrays, not objects: 100k aliases then cost a few arrays, not 300k allocations.
 */
export class AliasEntries {
  /** Number of distinct entries. */
  size = 0;
  // Per group: its most recent entry (entries of a group are chained through `next`), and
  // whether one of its entries is for every language (then `applies` need not look further).
  private head: number[] = [];
  private unscoped: boolean[] = [];
  // Per entry.
  private next: number[] = [];
  /** Primary language subtag, '' when the alias applies to every page. */
  private lang: string[] = [];
  /** Original text of the first alias given for the entry. */
  private alias: string[] = [];
  private probable: boolean[] = [];
  /** Input position of the first alias given for the entry. */
  private order: number[] = [];
  private firstId: string[] = [];
  private many = new Map<number, ManyIds>();

  /** Starts an empty group and returns its number. */
  addGroup(): number {
    this.unscoped.push(false);
    return this.head.push(-1) - 1;
  }

  /** Records that `alias` (input position `order`) belongs to `group` and names `entityId`. */
  add(group: number, alias: string, entityId: string, lang: string, kind: unknown, order: number): void {
    let e = this.head[group] as number;
    while (e >= 0 && this.lang[e] !== lang) e = this.next[e] as number;
    if (e < 0) {
      this.next.push(this.head[group] as number);
      this.head[group] = this.lang.push(lang) - 1;
      this.alias.push(alias);
      this.probable.push(kind === 'misspelling');
      this.order.push(order);
      this.firstId.push(entityId);
      if (lang === '') this.unscoped[group] = true;
      this.size++;
      return;
    }
    if (this.firstId[e] === entityId) return;
    const many = this.many.get(e);
    if (many === undefined)
      this.many.set(e, {
        ids: [this.firstId[e] as string, entityId],
        orders: [this.order[e] as number, order],
      });
    else if (!many.ids.includes(entityId)) {
      many.ids.push(entityId);
      many.orders.push(order);
    }
  }

  /** Whether `group` (-1 = none) holds an alias that applies on a page in `lang` ('' = unknown). */
  applies(group: number, lang: string): boolean {
    if (group < 0) return false;
    if (this.unscoped[group]) return true;
    for (let e = this.head[group] as number; e >= 0; e = this.next[e] as number) {
      if (this.lang[e] === lang) return true;
    }
    return false;
  }

  /** The Mention for a match on `group` (and `other`, -1 or a group matching the same span). */
  mention(start: number, end: number, group: number, other: number, lang: string): Mention {
    const found = this.applicable(group, lang);
    if (other >= 0) found.push(...this.applicable(other, lang));
    if (found.length > 1) found.sort((a, b) => (this.order[a] as number) - (this.order[b] as number));
    const winner = found[0] ?? -1;
    // A fresh array every time: callers may keep or change it without touching the matcher.
    const entityIds =
      found.length === 1
        ? (this.many.get(winner)?.ids.slice() ?? [this.firstId[winner] as string])
        : this.mergeIds(found);
    return {
      start,
      end,
      entityIds,
      alias: this.alias[winner] ?? '',
      probable: this.probable[winner] ?? false,
    };
  }

  private applicable(group: number, lang: string): number[] {
    const found: number[] = [];
    for (let e = this.head[group] ?? -1; e >= 0; e = this.next[e] as number) {
      if (this.lang[e] === '' || this.lang[e] === lang) found.push(e);
    }
    return found;
  }

  private idsOf(e: number): ManyIds {
    return this.many.get(e) ?? { ids: [this.firstId[e] as string], orders: [this.order[e] as number] };
  }

  /** All the entries' entity ids in input order, each once. */
  private mergeIds(entries: number[]): string[] {
    const pairs: [number, string][] = [];
    for (const e of entries) {
      const { ids, orders } = this.idsOf(e);
      for (let i = 0; i < ids.length; i++) pairs.push([orders[i] as number, ids[i] as string]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    return [...new Set(pairs.map((p) => p[1]))];
  }
}
