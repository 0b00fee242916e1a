import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../messaging/protocol';
import { formatSourceRow, formatUpdated } from './source-row';

const seed: SourceSummary = {
  id: 'konteks-seed',
  kind: 'bundled',
  name: { en: 'Konteks seed: Syria', id: 'Benih Konteks: Suriah' },
  publisher: 'Konteks',
  version: '1.2.0',
  license: 'CC-BY-SA-4.0',
  languages: ['en', 'id'],
  entityCount: 1234,
  enabled: true,
  priority: 0,
  updatedAt: Date.UTC(2025, 0, 15, 9, 30),
};

describe('formatSourceRow', () => {
  it('shows a bundled source in English', () => {
    expect(formatSourceRow(seed, 'en', 'UTC')).toEqual({
      id: 'konteks-seed',
      name: 'Konteks seed: Syria',
      publisher: 'Konteks',
      version: '1.2.0',
      license: 'CC-BY-SA-4.0',
      kind: 'Bundled',
      entities: '1,234',
      updated: formatUpdated(seed.updatedAt, 'en', 'UTC'),
      updatedIso: '2025-01-15T09:30:00.000Z',
      enabled: true,
      removable: false,
    });
  });

  it('shows an imported source in Indonesian, removable', () => {
    const row = formatSourceRow({ ...seed, kind: 'file', enabled: false }, 'id', 'UTC');
    expect(row).toMatchObject({
      name: 'Benih Konteks: Suriah',
      kind: 'Berkas impor',
      entities: '1.234',
      enabled: false,
      removable: true,
    });
  });

  it('shows a subscribed source’s address', () => {
    const row = formatSourceRow({ ...seed, kind: 'url', url: 'https://packs.example/a.json' }, 'en', 'UTC');
    expect(row).toMatchObject({ kind: 'Web address', url: 'https://packs.example/a.json', removable: true });
  });

  it('falls back to the English name, then to the id', () => {
    expect(formatSourceRow({ ...seed, name: { en: 'Seed' } }, 'id').name).toBe('Seed');
    expect(formatSourceRow({ ...seed, name: {} }, 'en').name).toBe('konteks-seed');
  });

  it('says "—" for a date it cannot read', () => {
    const row = formatSourceRow({ ...seed, updatedAt: Number.MAX_VALUE }, 'en');
    expect(row.updated).toBe('—');
    expect(row.updatedIso).toBe('');
  });
});

describe('formatUpdated', () => {
  it('gives date and time in the reader’s language and the given time zone', () => {
    const when = Date.UTC(2025, 0, 15, 9, 30);
    expect(formatUpdated(when, 'en', 'UTC')).toMatch(/Jan 15, 2025.*9:30/);
    expect(formatUpdated(when, 'id', 'UTC')).toMatch(/15 Jan 2025.*09\.30/);
    expect(formatUpdated(when, 'en', 'Asia/Jakarta')).toMatch(/4:30/);
  });
});
