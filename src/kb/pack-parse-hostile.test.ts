import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES, parsePackText, validatePack } from './pack-parse';
import { samplePack } from './testing/sample-pack';

/**
 * Issue 7 point 1: a pack is data from a stranger. Links that are not http(s) are refused at
 * import with the field that holds them; prototype keys do nothing; oversized and deeply nested
 * files are refused with a message, never an exception.
 */

const HOSTILE_PACK = new URL('../../tests/fixtures/packs/hostile.json', import.meta.url);

/** A valid pack as JSON-like data that a test may change in place. */
function pack(): Record<string, unknown> & {
  citations: Record<string, unknown>[];
  publisher: Record<string, unknown>;
  entities: Record<string, unknown>[];
} {
  return structuredClone(samplePack()) as never;
}

describe('links that are not http(s) are refused at import, naming the field', () => {
  const refused = [
    'javascript:alert(document.cookie)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\tjava\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/0b1c',
    'ftp://example.org/pack.json',
    'chrome-extension://abcdefghijklmnop/options.html',
    '//example.org/protocol-relative',
    '/relative/path',
    'https//missing-colon.example',
  ];

  it.each(refused)('citation url %j', (url) => {
    const value = pack();
    value.citations[0] = { ...value.citations[0], url };
    const result = validatePack(value);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-pack', path: 'citations[0].url' } });
    if (!result.ok) expect(result.error.message).toContain('http(s)');
  });

  it.each(refused)('publisher url %j', (url) => {
    const value = pack();
    value.publisher = { name: 'Tests', url };
    expect(validatePack(value)).toMatchObject({ ok: false, error: { path: 'publisher.url' } });
  });

  it('through the text parser too, as the options page imports a file', () => {
    const value = pack();
    value.citations[0] = { ...value.citations[0], url: 'javascript:alert(1)' };
    expect(parsePackText(JSON.stringify(value))).toMatchObject({
      ok: false,
      error: { path: 'citations[0].url' },
    });
  });

  it('accepts http and https links (the check is not refusing everything)', () => {
    for (const url of ['http://example.org/a', 'https://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG/']) {
      const value = pack();
      value.citations[0] = { ...value.citations[0], url };
      value.publisher = { name: 'Tests', url };
      expect(validatePack(value).ok).toBe(true);
    }
  });
});

describe('__proto__, constructor and prototype keys are harmless', () => {
  afterEach(() => {
    // Belt and braces: a failing test must not leave a polluted prototype for the next one.
    for (const key of ['polluted', 'isAdmin', 'en'])
      delete (Object.prototype as Record<string, unknown>)[key];
  });

  const POISON =
    '"__proto__": {"polluted": "yes", "isAdmin": true, "en": "hijacked"}, ' +
    '"constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}, ';

  /** The pack with the three keys first in every record-like object (pack, publisher, citation, entity, fact, alias). */
  function injectEverywhere(): string {
    return JSON.stringify(pack()).replace(/\{(?="(?:format|name|id|property|text)")/g, `{${POISON}`);
  }

  it('a pack with prototype keys in every object leaves Object.prototype alone', () => {
    const text = injectEverywhere();
    expect(text).toContain('"__proto__"');
    const result = parsePackText(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).en).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    // Unknown keys of an object are dropped, so the pack is still valid and carries none of them.
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const seen: unknown[] = [];
    const walk = (node: unknown) => {
      if (node === null || typeof node !== 'object') return;
      seen.push(node);
      expect(Object.getPrototypeOf(node) === Object.prototype || Array.isArray(node)).toBe(true);
      for (const key of ['__proto__', 'constructor', 'prototype', 'polluted', 'isAdmin']) {
        expect(Object.hasOwn(node, key), `own key ${key}`).toBe(false);
      }
      for (const child of Object.values(node)) walk(child);
    };
    walk(result.value);
    expect(seen.length).toBeGreaterThan(10);
    expect((result.value as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a localized text whose only entry is __proto__ or constructor is refused, not taken', () => {
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      const value = JSON.parse(
        JSON.stringify(pack()).replace('"names":{"en":"Atlantis","id":"Atlantis"}', `"names":{"${key}":"x"}`),
      );
      const result = validatePack(value);
      expect(result.ok, key).toBe(false);
      if (!result.ok) expect(result.error.path, key).toMatch(/^entities\[0\]\.names/);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    }
  });

  it('a name map with "en" only on a poisoned prototype is refused', () => {
    const text = JSON.stringify(pack()).replace(
      '"names":{"en":"Atlantis","id":"Atlantis"}',
      '"names":{"__proto__":{"en":"Inherited"},"id":"Atlantis"}',
    );
    const result = parsePackText(text);
    expect(result).toMatchObject({
      ok: false,
      error: { path: expect.stringMatching(/^entities\[0\]\.names/) },
    });
  });

  it('the hostile fixture pack itself is valid: its payloads are text, refused only at render', () => {
    const result = parsePackText(readFileSync(HOSTILE_PACK, 'utf8'));
    expect(result.ok ? 'valid' : result.error.message).toBe('valid');
  });
});

describe('oversized and deeply nested files are refused with a message, without throwing', () => {
  it(`a file over ${MAX_PACK_BYTES} characters is refused before parsing`, () => {
    const text = `{"format":"konteks-pack","padding":"${'x'.repeat(MAX_PACK_BYTES)}"}`;
    const result = parsePackText(text);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    if (!result.ok) expect(result.error.message).toMatch(/larger than 20 MB/);
  });

  it('a file just under the cap is parsed (the cap is not refusing everything)', () => {
    const value = pack();
    const text = JSON.stringify(value);
    const padded = text + ' '.repeat(MAX_PACK_BYTES - text.length);
    expect(padded.length).toBe(MAX_PACK_BYTES);
    expect(parsePackText(padded).ok).toBe(true);
  });

  const depth = 100_000;
  const nestedArrays = '['.repeat(depth) + ']'.repeat(depth);
  const nestedObjects = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

  it.each([
    ['100k nested arrays', nestedArrays, undefined],
    ['100k nested objects', nestedObjects, undefined],
    ['100k nested arrays as the entities', wrapIn('entities', nestedArrays), 'entities'],
    ['100k nested objects as a name map', wrapInEntity('names', nestedObjects), 'entities[0].names'],
    ['100k nested arrays as aliases', wrapInEntity('aliases', `[${nestedArrays}]`), 'entities[0].aliases[0]'],
  ])('%s: refused with a message and a path', (_label, text, pathStart) => {
    let result: ReturnType<typeof parsePackText> | undefined;
    expect(() => {
      result = parsePackText(text);
    }).not.toThrow();
    expect(result?.ok).toBe(false);
    if (result && !result.ok) {
      expect(result.error.message.length).toBeGreaterThan(5);
      if (pathStart) expect(result.error.path ?? '').toMatch(new RegExp(`^${escapeRegExp(pathStart)}`));
    }
  });

  it('validatePack given an already parsed, deeply nested value does not throw either', () => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = { a: value, entities: [value] };
    expect(() => validatePack(value)).not.toThrow();
    expect(validatePack(value).ok).toBe(false);
  });
});

function wrapIn(field: string, json: string): string {
  const text = JSON.stringify({ ...pack(), [field]: '@@' });
  return text.replace('"@@"', json);
}

function wrapInEntity(field: string, json: string): string {
  const value = pack();
  value.entities[0] = { ...value.entities[0], [field]: '@@' };
  return JSON.stringify(value).replace('"@@"', json);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
