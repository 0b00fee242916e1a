import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * zod 4's classic schemas import its JSON Schema generator (about 6 KB gzipped) so that every
 * schema can offer `.toJSONSchema()`. The extension never calls it (only the Node script
 * `npm run schema:json` and a unit test do, and they do not go through this build), yet the
 * content script loads on every page and has a 60 KB budget. So in the extension build those two
 * modules become stubs: every export keeps its name, and anything that did reach JSON Schema
 * generation gets a clear error instead of a silently wrong schema.
 */
const STUBBED = /[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js$/;

export function stripZodJsonSchema(): Plugin {
  return {
    name: 'konteks:strip-zod-json-schema',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (!STUBBED.test(id)) return null;
      const names = exportedNames(readFileSync(id, 'utf8'));
      const lines = names.map((name) => `export const ${name} = stub;`);
      return [
        'const unavailable = () => {',
        "  throw new Error('JSON Schema generation is left out of the Konteks extension build (scripts/strip-zod-json-schema.ts)');",
        '};',
        // Schemas call the create*Method exports while they are built: they must hand back a function.
        'function stub() { return unavailable; }',
        ...lines,
      ].join('\n');
    },
  };
}

/** Names a module exports: `export function x`, `export const x`, and `export { a as b }`. */
function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(
    /export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/g,
  ))
    names.add(match[1] as string);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of (match[1] as string).split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  return [...names];
}
