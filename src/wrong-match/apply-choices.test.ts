import { describe, expect, it } from 'vitest';
import { aliasKey } from './alias-key';
import { applyChoices } from './apply-choices';
import { addChoice, MAX_CHOICES, type MatchChoice, pagePlace, readChoices } from './match-choices';

const bashar = { entityId: 'bashar-al-assad', others: ['hafez-al-assad'], unsure: true };
const place = { host: 'www.inews.id', path: '/news/assad' };
const base = { id: 'c1', text: 'Assad', key: aliasKey('Assad'), entityId: 'bashar-al-assad', createdAt: 1 };

describe('applyChoices', () => {
  it('keeps a mention no choice is about', () => {
    expect(applyChoices(bashar, aliasKey('Assad'), [], place)).toEqual(bashar);
    const other: MatchChoice = { ...base, kind: 'mute', key: aliasKey('Aleppo'), entityId: 'aleppo' };
    expect(applyChoices(bashar, aliasKey('Assad'), [other], place)).toEqual(bashar);
  });

  it('drops a name muted on this site, and only on this site', () => {
    const mute: MatchChoice = { ...base, kind: 'mute', site: 'www.inews.id' };
    expect(applyChoices(bashar, aliasKey('Assad'), [mute], place)).toBeNull();
    expect(applyChoices(bashar, aliasKey('ASSAD'), [mute], place)).toBeNull();
    expect(applyChoices(bashar, aliasKey('Assad'), [mute], { host: 'www.bbc.com', path: '/' })).toEqual(
      bashar,
    );
  });

  it('drops a name muted everywhere on every site', () => {
    const mute: MatchChoice = { ...base, kind: 'mute' };
    expect(applyChoices(bashar, aliasKey('Assad'), [mute], { host: 'www.bbc.com', path: '/' })).toBeNull();
    expect(applyChoices(bashar, aliasKey('Assad'), [mute], undefined)).toBeNull();
  });

  it('mutes the name as one entity only: the same name meaning another is kept', () => {
    const mute: MatchChoice = { ...base, kind: 'mute' };
    const hafez = { entityId: 'hafez-al-assad', others: ['bashar-al-assad'], unsure: false };
    expect(applyChoices(hafez, aliasKey('Assad'), [mute], place)).toEqual(hafez);
  });

  it('puts the chosen candidate first on the page it was chosen on, and settles the doubt', () => {
    const choose: MatchChoice = {
      ...base,
      kind: 'choose',
      chosen: 'hafez-al-assad',
      site: place.host,
      path: place.path,
    };
    expect(applyChoices(bashar, aliasKey('Assad'), [choose], place)).toEqual({
      entityId: 'hafez-al-assad',
      others: ['bashar-al-assad'],
      unsure: false,
    });
    expect(applyChoices(bashar, aliasKey('Assad'), [choose], { ...place, path: '/other' })).toEqual(bashar);
  });
});

describe('stored choices', () => {
  it('keeps the valid entries of a damaged list', () => {
    const good: MatchChoice = { ...base, kind: 'mute' };
    expect(readChoices([good, { kind: 'mute' }, 'junk', { ...good, id: 'c2', site: 'Not A Host!' }])).toEqual(
      [good],
    );
    expect(readChoices('junk')).toEqual([]);
  });

  it('replaces a choice it supersedes and stays bounded', () => {
    const first: MatchChoice = { ...base, kind: 'mute', site: 'www.inews.id' };
    const again: MatchChoice = { ...first, id: 'c2', text: 'ASSAD', createdAt: 2 };
    expect(addChoice([first], again)).toEqual([again]);
    const everywhere: MatchChoice = { ...first, id: 'c3', site: undefined };
    expect(addChoice([first], everywhere)).toHaveLength(2);
    let many: MatchChoice[] = [];
    for (let i = 0; i < MAX_CHOICES + 5; i++) many = addChoice(many, { ...first, id: `x${i}`, key: `k${i}` });
    expect(many).toHaveLength(MAX_CHOICES);
    expect(many.at(-1)?.id).toBe(`x${MAX_CHOICES + 4}`);
  });

  it('reads the place from http(s) pages only', () => {
    expect(pagePlace('https://www.inews.id/news/a?x=1#y')).toEqual({ host: 'www.inews.id', path: '/news/a' });
    expect(pagePlace('chrome-extension://abc/options.html')).toBeUndefined();
    expect(pagePlace(undefined)).toBeUndefined();
  });
});
