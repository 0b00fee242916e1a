import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text.ts';

describe('foldText', () => {
  it('folds case, diacritics and apostrophes inside words like the matcher', () => {
    expect(foldText('Hay’at Tahrir al-Sham')).toBe('hayat tahrir al sham');
    expect(foldText('Réunion')).toBe('reunion');
    expect(foldText('Būkān')).toBe('bukan');
    expect(foldText('Diyarbakır')).toBe('diyarbakir');
    expect(foldText('  Amerika   Serikat ')).toBe('amerika serikat');
  });

  it('keeps case when asked, and marks words that follow punctuation', () => {
    expect(foldText('Réunion', true)).toBe('Reunion');
    expect(foldText('U.S.')).toBe('u ·s');
    expect(foldText('U S')).toBe('u s');
    expect(foldText('...')).toBe('');
  });
});
