import { describe, expect, it } from 'vitest';
import { resolveCandidates, yearNear } from './resolve-candidates';

const bashar = {
  id: 'bashar-al-assad',
  facts: [
    {
      property: 'position',
      label: { en: 'President of Syria' },
      from: '2000-07-17',
      to: '2024-12-08',
      sources: ['s'],
    },
  ],
  related: ['syria', 'hayat-tahrir-al-sham', 'abbas-araghchi'],
};
const hafez = {
  id: 'hafez-al-assad',
  facts: [
    {
      property: 'position',
      label: { en: 'President of Syria' },
      from: '1971-03-14',
      to: '2000-06-10',
      sources: ['s'],
    },
  ],
  related: ['syria', 'hama-massacre-1982', 'rifaat-al-assad'],
};
const none = new Set<string>();

describe('resolveCandidates', () => {
  it('takes the one the page already named in full', () => {
    expect(
      resolveCandidates([bashar, hafez], { pageEntities: new Set(['hafez-al-assad']), day: '2024-12-02' }),
    ).toEqual({
      entityId: 'hafez-al-assad',
      others: ['bashar-al-assad'],
      by: 'page',
    });
  });

  it('else the one holding a dated role on the day the text is about', () => {
    expect(resolveCandidates([bashar, hafez], { pageEntities: none, day: '2024-12-02' })).toMatchObject({
      entityId: 'bashar-al-assad',
      by: 'date',
    });
    expect(resolveCandidates([bashar, hafez], { pageEntities: none, day: '1982-07-01' })).toMatchObject({
      entityId: 'hafez-al-assad',
      by: 'date',
    });
  });

  it('else the one most related to the page’s other entities', () => {
    const page = new Set(['syria', 'hama-massacre-1982']);
    expect(resolveCandidates([bashar, hafez], { pageEntities: page })).toMatchObject({
      entityId: 'hafez-al-assad',
      by: 'related',
    });
  });

  it('says it is unsure rather than guess, keeping the pack’s order', () => {
    expect(resolveCandidates([bashar, hafez], { pageEntities: new Set(['syria']) })).toEqual({
      entityId: 'bashar-al-assad',
      others: ['hafez-al-assad'],
      by: 'unsure',
    });
  });

  it('a single candidate needs no deciding', () => {
    expect(resolveCandidates([bashar], { pageEntities: none })).toMatchObject({ by: 'only-one', others: [] });
  });
});

describe('yearNear', () => {
  it('finds the written year closest to the mention', () => {
    const text = 'Pada Februari 1982, pasukan Assad mengepung Hama; pada 2000 ia wafat.';
    expect(yearNear(text, text.indexOf('Assad'))).toBe('1982-07-01');
    expect(yearNear(text, text.indexOf('wafat'))).toBe('2000-07-01');
    expect(yearNear('Tanpa tahun di sini.', 3)).toBeUndefined();
    expect(yearNear('Nomor 12345 bukan tahun', 0)).toBeUndefined();
  });
});
