import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../messaging/protocol';
import { fail, ok } from '../shared/result';
import { importOutcome } from './import-outcome';
import { problemText } from './problem-text';

const karawang: SourceSummary = {
  id: 'test-karawang',
  kind: 'file',
  name: { en: 'Test pack: Karawang', id: 'Paket uji: Karawang' },
  publisher: 'Konteks tests',
  version: '1.0.0',
  license: 'CC0-1.0',
  languages: ['id', 'en'],
  entityCount: 1,
  enabled: true,
  priority: 10,
  updatedAt: 0,
};

describe('importOutcome', () => {
  it('reports the imported source and its entity count', () => {
    expect(importOutcome('en', 'karawang.json', ok(karawang))).toEqual({
      tone: 'status',
      text: 'Imported Test pack: Karawang (1 entity)',
    });
    expect(importOutcome('id', 'karawang.json', ok({ ...karawang, entityCount: 3 })).text).toBe(
      'Paket uji: Karawang diimpor (3 entitas)',
    );
  });

  it('refuses in plain words, naming the file and the field path, and says nothing changed', () => {
    const message = 'entities[0].aliases[0].text: Invalid input: expected string, received number';
    const outcome = importOutcome(
      'en',
      'broken-alias.json',
      fail('invalid-pack', message, 'entities[0].aliases[0].text'),
    );
    expect(outcome).toEqual({
      tone: 'alert',
      text: `Could not import broken-alias.json: ${message}`,
      detail: 'Nothing was changed.',
    });
  });
});

describe('problemText', () => {
  it('keeps a message that already names its path', () => {
    expect(problemText({ code: 'x', message: 'id: must be lower-case', path: 'id' })).toBe(
      'id: must be lower-case',
    );
  });

  it('puts the path in front of a message that does not name it', () => {
    expect(
      problemText({
        code: 'duplicate-id',
        message: 'citation id "a" is used twice',
        path: 'citations[1].id',
      }),
    ).toBe('citations[1].id: citation id "a" is used twice');
  });

  it('leaves a message without a path as it is', () => {
    expect(problemText({ code: 'not-json', message: 'the file is not valid JSON' })).toBe(
      'the file is not valid JSON',
    );
  });
});
