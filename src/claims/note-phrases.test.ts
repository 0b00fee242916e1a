import { describe, expect, it } from 'vitest';
import { createPhraseIndex } from './note-phrases';

const index = createPhraseIndex([
  { noteId: 'since-2011', text: 'sejak 10 tahun lalu', lang: 'id' },
  { noteId: 'nusra', text: 'nama baru dari kelompok lama Jabhat Al Nusra', lang: 'id' },
  { noteId: 'command', text: 'Komando Umum Suriah', lang: 'id' },
  { noteId: 'command-long', text: 'Komando Umum Suriah Utara', lang: 'id' },
]);

describe('createPhraseIndex', () => {
  it('finds a phrase folded (case, hyphens, apostrophes) and returns the page text range', () => {
    const text = 'HTS merupakan nama baru dari kelompok lama Jabhat al-Nusra. Lalu…';
    const [hit] = index.find(text, 'id');
    expect(hit?.noteId).toBe('nusra');
    expect(text.slice(hit?.start, hit?.end)).toBe('nama baru dari kelompok lama Jabhat al-Nusra');
  });

  it('matches whole words only, within a sentence, in the phrase language, longest first', () => {
    expect(index.find('sejak 10 tahun lalunya', 'id')).toEqual([]);
    expect(index.find('sejak 100 tahun lalu', 'id')).toEqual([]);
    expect(index.find('Ia datang sejak 10. Tahun lalu dia pergi.', 'id')).toEqual([]);
    expect(index.find('since sejak 10 tahun lalu', 'en')).toEqual([]);
    expect(index.find('berperang sejak 10 tahun lalu.', undefined)).toHaveLength(1);
    expect(index.find('Komando Umum Suriah Utara berkata', 'id').map((m) => m.noteId)).toEqual([
      'command-long',
    ]);
  });
});
