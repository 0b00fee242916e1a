import { describe, expect, it } from 'vitest';
import { pickLocalized } from './localized';

describe('pickLocalized', () => {
  const names = { en: 'Syria', id: 'Suriah', pt: 'Síria' };

  it('prefers the exact language', () => {
    expect(pickLocalized(names, 'id')).toBe('Suriah');
  });

  it('falls back to the primary language of a regional tag', () => {
    expect(pickLocalized(names, 'pt-BR')).toBe('Síria');
  });

  it('falls back to English', () => {
    expect(pickLocalized(names, 'de')).toBe('Syria');
  });

  it('uses any text when even English is missing, and "" for none', () => {
    expect(pickLocalized({ ar: 'سوريا' }, 'id')).toBe('سوريا');
    expect(pickLocalized({}, 'id')).toBe('');
  });
});
