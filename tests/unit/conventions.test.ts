import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The project's architecture rules that a reading of the code can check. */

const root = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(root, dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(root, path));
    return /\.(ts|tsx)$/.test(name) ? [relative(root, path)] : [];
  });
}

const shipped = [...sourceFiles('src'), ...sourceFiles('entrypoints')].filter(
  (f) => !/\.test\.tsx?$/.test(f),
);

describe('conventions', () => {
  it('never turns strings into markup (knowledge data is text)', () => {
    const offenders = shipped.filter((file) =>
      /\binnerHTML\b|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(
        readFileSync(join(root, file), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('builds test DOM from nodes too: no unit test writes markup from a string', () => {
    const tests = [...sourceFiles('src'), ...sourceFiles('entrypoints')].filter((f) =>
      /\.test\.tsx?$/.test(f),
    );
    expect(tests.length).toBeGreaterThan(10);
    const offenders = tests.filter((file) =>
      /\binnerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(
        readFileSync(join(root, file), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps IndexedDB out of everything a content script loads', () => {
    const contentSide = shipped.filter((f) => /^(src\/(content|page|card)|entrypoints\/content)\//.test(f));
    expect(contentSide.length).toBeGreaterThan(3);
    const offenders = contentSide.filter((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return /indexedDB|from 'idb'|\/kb\/(db|install-pack|sources-store|card-lookup|matcher-cache)'/.test(
        text,
      );
    });
    expect(offenders).toEqual([]);
  });

  it('keeps extension-page modules (their words, storage wrappers) out of the content script, which loads on every page', () => {
    const contentSide = shipped.filter((f) => /^(src\/(content|page|card)|entrypoints\/content)\//.test(f));
    const offenders = contentSide.filter((file) =>
      /i18n\/strings'|settings-store'|kb-revision'/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the matcher free of DOM and browser APIs', () => {
    const matcher = shipped.filter((f) => f.startsWith('src/matcher/'));
    expect(matcher.length).toBeGreaterThan(1);
    const offenders = matcher.filter((file) =>
      /\b(document|window|browser|chrome|navigator|HTMLElement)\b|from 'wxt/.test(
        readFileSync(join(root, file), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
