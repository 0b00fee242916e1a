import type { UpdatePreview } from '../messaging/protocol';
import { toBrowseItem } from './browse';
import type { Pack } from './pack-schema';

/** Stable text of a value, keys sorted, so two equal entities compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * What replacing `current` with `next` would do, entity by entity. An entity counts as changed
 * when anything it says differs, or when a citation it uses now says something else.
 */
export function previewUpdate(current: Pack, next: Pack, lang = 'en'): UpdatePreview {
  const citationText = (pack: Pack) => new Map(pack.citations.map((c) => [c.id, canonical(c)]));
  const before = new Map(current.entities.map((e) => [e.id, e]));
  const after = new Map(next.entities.map((e) => [e.id, e]));
  const oldCitations = citationText(current);
  const newCitations = citationText(next);
  const cited = (ids: string[], table: Map<string, string>) => ids.map((id) => table.get(id) ?? '');
  const allSources = (e: Pack['entities'][number]) => [
    ...e.sources,
    ...e.facts.flatMap((f) => f.sources),
    ...e.events.flatMap((v) => v.sources),
  ];
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, lang);
  const added = next.entities.filter((e) => !before.has(e.id)).map((e) => toBrowseItem(e, lang));
  const removed = current.entities.filter((e) => !after.has(e.id)).map((e) => toBrowseItem(e, lang));
  const changed = next.entities
    .filter((e) => {
      const old = before.get(e.id);
      if (!old) return false;
      return (
        canonical(old) !== canonical(e) ||
        canonical(cited(allSources(old), oldCitations)) !== canonical(cited(allSources(e), newCitations))
      );
    })
    .map((e) => toBrowseItem(e, lang));
  return {
    sourceId: next.id,
    fromVersion: current.version,
    toVersion: next.version,
    added: added.sort(byName),
    changed: changed.sort(byName),
    removed: removed.sort(byName),
  };
}
