import { describe, expect, it } from 'vitest';
import { EntityType } from '../kb/pack-schema';
import { SourceKind } from '../messaging/protocol';
import { dictionaries, entityCount, type MessageKey, t, toUiLanguage, uiLanguage } from './strings';

const placeholders = (text: string) => [...text.matchAll(/\{([\w-]+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(dictionaries.id).sort()).toEqual(Object.keys(dictionaries.en).sort());
  });

  it('have no empty messages', () => {
    for (const dictionary of Object.values(dictionaries)) {
      for (const [key, text] of Object.entries(dictionary)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in every translation of a message', () => {
    for (const [key, text] of Object.entries(dictionaries.en)) {
      expect(placeholders(dictionaries.id[key as MessageKey]), key).toEqual(placeholders(text));
    }
  });

  it('label every entity type a pack may use', () => {
    for (const type of EntityType.options) expect(dictionaries.en).toHaveProperty(`type.${type}`);
  });

  it('name every kind of source', () => {
    for (const kind of SourceKind.options) expect(dictionaries.en).toHaveProperty(`options.kind.${kind}`);
  });
});

describe('t', () => {
  it('returns the message in the asked language', () => {
    expect(t('en', 'card.close')).toBe('Close');
    expect(t('id', 'card.close')).toBe('Tutup');
    expect(t('id', 'hasCard')).toBe('Kartu Konteks tersedia');
  });

  it('substitutes every placeholder', () => {
    expect(t('en', 'card.until', { from: '2011', to: '2024' })).toBe('2011 – 2024');
    expect(t('id', 'card.fromPack', { name: 'Konteks seed' })).toBe('Dari Konteks seed');
    expect(t('en', 'card.probable', { alias: 'Bashar Assad' })).toBe(
      'Probable match: the page spells it “Bashar Assad”',
    );
  });

  it('inserts values literally, never as patterns', () => {
    expect(t('en', 'card.fromPack', { name: '$& {name} $1' })).toBe('From $& {name} $1');
  });

  it('formats numbers as given', () => {
    expect(t('en', 'options.tooLarge', { size: 20 })).toBe('the file is larger than 20 MB');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(t('en', 'card.fromPack')).toBe('From {name}');
    expect(t('en', 'card.until', { from: '2011' } as never)).toBe('2011 – {to}');
  });

  it('falls back to English for a language it does not speak', () => {
    expect(t('fr' as never, 'card.sources')).toBe('Sources');
  });
});

describe('toUiLanguage and uiLanguage', () => {
  it('picks Indonesian for id tags only', () => {
    expect(toUiLanguage('id')).toBe('id');
    expect(toUiLanguage('id-ID')).toBe('id');
    expect(toUiLanguage('ID')).toBe('id');
    expect(toUiLanguage('in')).toBe('id');
    expect(toUiLanguage('ido')).toBe('en');
    expect(toUiLanguage('en-GB')).toBe('en');
    expect(toUiLanguage('ms')).toBe('en');
    expect(toUiLanguage('')).toBe('en');
    expect(toUiLanguage(undefined)).toBe('en');
  });

  it('reads the given browser language', () => {
    expect(uiLanguage('id-ID')).toBe('id');
    expect(uiLanguage('de')).toBe('en');
  });
});

describe('entityCount', () => {
  it('pluralises and formats for the language', () => {
    expect(entityCount('en', 1)).toBe('1 entity');
    expect(entityCount('en', 0)).toBe('0 entities');
    expect(entityCount('en', 1234)).toBe('1,234 entities');
    expect(entityCount('id', 1)).toBe('1 entitas');
    expect(entityCount('id', 1234)).toBe('1.234 entitas');
  });
});
