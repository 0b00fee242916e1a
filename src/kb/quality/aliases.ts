import { type AliasSite, aliasSitesOf } from './alias-sites.ts';
import type { CommonWords, LoadedPack, Problem } from './types.ts';

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { id: 'Indonesian', en: 'English' };

/** Whether two alias records can both match the same words on some page. */
function collide(a: AliasSite, b: AliasSite): boolean {
  if (a.lang !== '' && b.lang !== '' && a.lang !== b.lang) return false;
  // Two case-sensitive aliases collide only if written alike ("AS" vs "As" do not).
  return !a.record.caseSensitive || !b.record.caseSensitive || a.cs === b.cs;
}

const what = (site: AliasSite) => (site.field.startsWith('names') ? 'name' : 'alias');

const fixFor = (site: AliasSite) =>
  what(site) === 'name'
    ? 'add an alias with the same text and "ambiguous": true'
    : 'mark it "ambiguous": true (or remove it)';

/**
 * An alias (or name) whose folded text another entity also uses, on the same pages, must be
 * declared `ambiguous` by each entity that uses it: then the matcher may offer both.
 */
export function checkAmbiguity(packs: readonly LoadedPack[]): Problem[] {
  const byKey = new Map<string, AliasSite[]>();
  for (const site of aliasSitesOf(packs)) {
    const group = byKey.get(site.ci);
    if (group === undefined) byKey.set(site.ci, [site]);
    else group.push(site);
  }
  const problems: Problem[] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const site of group) {
      if (site.record.ambiguous) continue;
      const others = group.filter((o) => o.record.entityId !== site.record.entityId && collide(site, o));
      const ids = [...new Set(others.map((o) => `${o.record.entityId} (${o.record.sourceId})`))];
      if (ids.length === 0) continue;
      problems.push(
        site.problem(`${what(site)} "${site.record.text}" also names ${ids.join(', ')}: ${fixFor(site)}`),
      );
    }
  }
  return problems;
}

/**
 * An alias that is a common word of the language it applies to (every checked language when it
 * has none) must match only as written: case-sensitive, and not in lower case. A name is guarded
 * by a case-sensitive alias of the same text (aliasRecordsOf then skips the name).
 */
export function checkCommonWords(packs: readonly LoadedPack[], commonWords: CommonWords): Problem[] {
  const problems: Problem[] = [];
  for (const site of aliasSitesOf(packs)) {
    const langs = site.lang === '' ? Object.keys(commonWords) : [site.lang];
    const lang = langs.find((l) => commonWords[l]?.has(site.ci));
    if (lang === undefined) continue;
    const word = `the common ${LANGUAGE_NAMES[lang] ?? lang} word "${site.ci}"`;
    const text = `"${site.record.text}"`;
    if (!site.record.caseSensitive)
      problems.push(
        site.problem(
          what(site) === 'name'
            ? `name ${text} is ${word}: add a case-sensitive alias with the same text`
            : `alias ${text} is ${word}: make it "caseSensitive": true or remove it`,
        ),
      );
    else if (site.cs === site.ci)
      problems.push(site.problem(`alias ${text} is ${word} in lower case, even matched case-sensitively`));
  }
  return problems;
}
