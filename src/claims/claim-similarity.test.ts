import { describe, expect, it } from 'vitest';
import { claimSimilarity, createClaimIndex, THRESHOLD } from './claim-similarity';
import { splitSentences } from './sentences';

const ID_CLAIM = 'Jembatan baru di Kota Contoh runtuh dua hari setelah diresmikan pada November 2024.';
const EN_CLAIM = 'The city council of Exampleton banned all bicycles from its streets on Sundays.';
const FUEL = 'Presiden Jokowi menaikkan harga BBM sebesar 30 persen pada bulan September tahun 2022.';

describe('claimSimilarity: matches', () => {
  it.each([
    ['the same sentence', ID_CLAIM, ID_CLAIM],
    [
      'with attribution',
      `Menurut unggahan itu, jembatan baru di Kota Contoh runtuh dua hari setelah diresmikan pada November 2024.`,
      ID_CLAIM,
    ],
    [
      'different case, quotes and diacritics',
      '“THE CITY COUNCIL OF EXAMPLETON BANNED ALL BICYCLES FROM ITS STREETS ON SUNDAYS”',
      EN_CLAIM,
    ],
    [
      'one word dropped',
      'The city council of Exampleton banned all bicycles from streets on Sundays.',
      EN_CLAIM,
    ],
    [
      'Spanish',
      'Dicen que el ayuntamiento de Ejemplópolis prohibió todas las bicicletas los domingos.',
      'El ayuntamiento de Ejemplopolis prohibió todas las bicicletas los domingos.',
    ],
    [
      'Malay',
      'Kerajaan negeri Contohan menutup semua sekolah selama dua minggu.',
      'Kerajaan negeri Contohan menutup semua sekolah selama dua minggu',
    ],
  ])('%s', (_label, sentence, claim) => {
    expect(claimSimilarity(sentence, claim)).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('claimSimilarity: near misses are not marked', () => {
  it.each([
    [
      'negated (Indonesian)',
      'Jembatan baru di Kota Contoh tidak runtuh dua hari setelah diresmikan pada November 2024.',
      ID_CLAIM,
    ],
    [
      'negated (English)',
      'The city council of Exampleton never banned all bicycles from its streets on Sundays.',
      EN_CLAIM,
    ],
    [
      'a different number',
      'Presiden Jokowi menaikkan harga BBM sebesar 40 persen pada bulan September tahun 2022.',
      FUEL,
    ],
    [
      'a different year',
      'Presiden Jokowi menaikkan harga BBM sebesar 30 persen pada bulan September tahun 2023.',
      FUEL,
    ],
    [
      'a different subject',
      'Presiden Prabowo menaikkan harga BBM sebesar 30 persen pada bulan September tahun 2022.',
      FUEL,
    ],
    [
      'a different place',
      'The city council of Sampleville banned all bicycles from its streets on Sundays.',
      EN_CLAIM,
    ],
    [
      'the same words, scrambled',
      'On Sundays its streets banned the city council of Exampleton from all bicycles.',
      EN_CLAIM,
    ],
    [
      'the topic but not the claim',
      'Jembatan baru di Kota Contoh diresmikan pada November 2024 oleh wali kota.',
      ID_CLAIM,
    ],
    [
      'a long paragraph that contains it',
      `${EN_CLAIM} ${'Residents gathered at the town hall to discuss many other unrelated matters for hours'.repeat(1)} and more words keep coming here.`.replace(
        '.',
        ',',
      ),
      EN_CLAIM,
    ],
    [
      'another language',
      'Nova ponte na Cidade Exemplo desabou dois dias depois de inaugurada em novembro de 2024.',
      ID_CLAIM,
    ],
  ])('%s', (_label, sentence, claim) => {
    expect(claimSimilarity(sentence, claim)).toBe(0);
  });

  it('never matches claims too short to be specific', () => {
    expect(claimSimilarity('Assad has fallen.', 'Assad has fallen.')).toBe(0);
  });
});

describe('createClaimIndex', () => {
  it('finds the sentence in a block and returns its range', () => {
    const index = createClaimIndex([
      { id: 'bridge', text: ID_CLAIM },
      { id: 'bikes', text: EN_CLAIM },
    ]);
    const text = `Warga ramai membicarakannya. Jembatan baru di Kota Contoh runtuh dua hari setelah diresmikan pada November 2024. Polisi belum berkomentar.`;
    const found = index.find(text);
    expect(found).toHaveLength(1);
    const [match] = found;
    expect(match?.id).toBe('bridge');
    expect(text.slice(match?.start, match?.end)).toBe(
      'Jembatan baru di Kota Contoh runtuh dua hari setelah diresmikan pada November 2024.',
    );
    expect(index.find('Polisi belum berkomentar soal jembatan di Kota Contoh.')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends, not at initials, abbreviations or decimals', () => {
    const text = 'Dr. Ahmad tiba pukul 3.5 sore. J. Smith said "Yes." Then he left!\nNew line';
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual([
      'Dr. Ahmad tiba pukul 3.5 sore.',
      'J. Smith said "Yes."',
      'Then he left!',
      'New line',
    ]);
  });
});
