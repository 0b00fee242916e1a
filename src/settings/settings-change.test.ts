import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { applySettingsChange, hostFromInput, SettingsChange } from './settings-change';

describe('applySettingsChange', () => {
  it('changes only the fields asked for', () => {
    const next = applySettingsChange(DEFAULT_SETTINGS, { mentionPolicy: 'every', cardLanguage: 'id' });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, mentionPolicy: 'every', cardLanguage: 'id' });
  });

  it('sets and forgets per-site choices', () => {
    const on = applySettingsChange(DEFAULT_SETTINGS, { sites: { 'inews.id': 'on', 'x.test': 'off' } });
    expect(on.sites).toEqual({ 'inews.id': 'on', 'x.test': 'off' });
    expect(applySettingsChange(on, { sites: { 'inews.id': null } }).sites).toEqual({ 'x.test': 'off' });
  });

  it('the schema refuses unknown fields, bad values and bad hosts', () => {
    expect(SettingsChange.safeParse({ runMode: 'sometimes' }).success).toBe(false);
    expect(SettingsChange.safeParse({ colour: 'red' }).success).toBe(false);
    expect(SettingsChange.safeParse({ sites: { 'not a host': 'on' } }).success).toBe(false);
    expect(SettingsChange.safeParse({ sites: { 'inews.id': 'on' }, cardLanguage: 'page' }).success).toBe(
      true,
    );
  });
});

describe('hostFromInput', () => {
  it('accepts a host or a URL and normalises it', () => {
    expect(hostFromInput(' WWW.iNews.ID ')).toBe('www.inews.id');
    expect(hostFromInput('https://www.inews.id/news/x?y=1')).toBe('www.inews.id');
    expect(hostFromInput('127.0.0.1:8080')).toBe('127.0.0.1');
  });
  it('refuses what is not a host', () => {
    expect(hostFromInput('')).toBeUndefined();
    expect(hostFromInput('no spaces here')).toBeUndefined();
    expect(hostFromInput('javascript:alert(1)')).toBeUndefined();
  });
});
