import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, shouldRun } from './settings';

describe('readSettings', () => {
  it('gives defaults for nothing stored', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ paused: false, runMode: 'everywhere', mentionPolicy: 'first' });
  });

  it('repairs a damaged field and keeps the good ones', () => {
    const stored = { paused: 'yes', mentionPolicy: 'every', sites: { 'inews.id': 'off', 'x.test': 'maybe' } };
    const settings = readSettings(stored);
    expect(settings.paused).toBe(false);
    expect(settings.mentionPolicy).toBe('every');
    expect(settings.sites).toEqual({ 'inews.id': 'off' });
  });
});

describe('shouldRun', () => {
  const s = (over = {}) => ({ ...DEFAULT_SETTINGS, ...over });
  it('pause wins over everything', () => {
    expect(shouldRun(s({ paused: true, sites: { a: 'on' } }), 'a', () => true)).toEqual({
      run: false,
      reason: 'paused',
    });
  });
  it('a site choice wins over the run mode', () => {
    expect(shouldRun(s({ sites: { a: 'off' } }), 'a', () => true)).toEqual({
      run: false,
      reason: 'site-off',
    });
    expect(shouldRun(s({ runMode: 'chosen-sites', sites: { a: 'on' } }), 'a', () => false)).toEqual({
      run: true,
    });
  });
  it('the run mode decides the rest', () => {
    expect(shouldRun(s(), 'b', () => false)).toEqual({ run: true });
    expect(shouldRun(s({ runMode: 'articles' }), 'b', () => false)).toEqual({
      run: false,
      reason: 'not-an-article',
    });
    expect(shouldRun(s({ runMode: 'articles' }), 'b', () => true)).toEqual({ run: true });
    expect(shouldRun(s({ runMode: 'chosen-sites' }), 'b', () => true)).toEqual({
      run: false,
      reason: 'not-chosen',
    });
  });
});
