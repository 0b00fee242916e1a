import { describe, expect, it } from 'vitest';
import { formatPath, parsePackText, validatePack } from './pack-parse';
import { samplePack } from './testing/sample-pack';

const text = (value: unknown) => JSON.stringify(value);

describe('parsePackText', () => {
  it('accepts a valid pack and fills defaults', () => {
    const result = parsePackText(text(samplePack()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.entities[0]?.events).toEqual([]);
  });

  it('names the path of a bad field', () => {
    const pack = samplePack();
    (pack.entities[0] as { aliases: unknown[] }).aliases = [{ text: 42 }];
    const result = parsePackText(text(pack));
    expect(result).toMatchObject({ ok: false, error: { path: 'entities[0].aliases[0].text' } });
    if (!result.ok) expect(result.error.message).toMatch(/^entities\[0\]\.aliases\[0\]\.text: /);
  });

  it('refuses text that is not JSON', () => {
    expect(parsePackText('{ nope')).toMatchObject({ ok: false, error: { code: 'not-json' } });
  });

  it('refuses non-http links', () => {
    const pack = samplePack({
      citations: [{ id: 'bad', title: 'x', url: 'javascript:alert(1)', publisher: 'x' }],
    });
    expect(validatePack(pack)).toMatchObject({ ok: false, error: { path: 'citations[0].url' } });
  });

  it('refuses duplicate entity ids and unknown citations', () => {
    const pack = samplePack();
    const first = pack.entities[0];
    expect(validatePack({ ...pack, entities: [first, first] })).toMatchObject({
      ok: false,
      error: { code: 'duplicate-id', path: 'entities[1].id' },
    });
    expect(validatePack({ ...pack, citations: [] })).toMatchObject({
      ok: false,
      error: { code: 'unknown-citation' },
    });
  });

  it('requires an English name as fallback', () => {
    const pack = samplePack();
    (pack.entities[0] as { names: unknown }).names = { id: 'Atlantis' };
    expect(validatePack(pack)).toMatchObject({ ok: false, error: { path: 'entities[0].names' } });
  });
});

describe('formatPath', () => {
  it('formats keys and indexes the way pack authors read them', () => {
    expect(formatPath(['entities', 3, 'aliases', 0, 'text'])).toBe('entities[3].aliases[0].text');
    expect(formatPath([])).toBe('(top level)');
  });
});
