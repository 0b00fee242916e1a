import { describe, expect, it } from 'vitest';
import { findWrittenDate, parseWrittenDate } from './parse-written-date';

describe('parseWrittenDate: the seed article', () => {
  it('reads the iNews byline of the Indonesian fixture', () => {
    expect(parseWrittenDate('Senin, 2 Desember 2024 - 10:31')).toBe('2024-12-02');
  });
});

describe('parseWrittenDate: Indonesian outlets', () => {
  it.each([
    ['iNews', 'Terkini | inews | Senin, 2 Desember 2024 - 10:31', '2024-12-02'],
    ['Kompas', 'Kompas.com - 02/12/2024, 10:31 WIB', '2024-12-02'],
    ['Detik', 'Senin, 02 Des 2024 10:31 WIB', '2024-12-02'],
    ['Detik, short weekday', 'Selasa, 10 Des 2024 14:05 WIB', '2024-12-10'],
    ['CNN Indonesia', 'CNN Indonesia | Senin, 02 Des 2024 10:31 WIB', '2024-12-02'],
    ['Tempo', 'Senin, 2 Desember 2024 10:31 WIB', '2024-12-02'],
    ['Antara', 'Senin, 2 Desember 2024 10:31 WIB', '2024-12-02'],
    ['numeric with WIB', '02/12/2024 10:31 WIB', '2024-12-02'],
    ['no weekday', '2 Desember 2024', '2024-12-02'],
    ['Mei', 'Kamis, 16 Mei 2024 08:00 WIB', '2024-05-16'],
    ['Agustus abbreviated Agu', '17 Agu 2024', '2024-08-17'],
    ['Agustus abbreviated Agt', '17 Agt 2024', '2024-08-17'],
    ['Agustus abbreviated Ags', '17 Ags. 2024', '2024-08-17'],
    ['Oktober abbreviated', 'Rabu, 9 Okt 2024 | 19:45 WITA', '2024-10-09'],
    ['old spelling Pebruari', '3 Pebruari 2020', '2020-02-03'],
    ['old spelling Nopember', '10 Nopember 1945', '1945-11-10'],
    ['Maret, not Mar + et', '31 Maret 2024', '2024-03-31'],
  ])('%s: %s', (_outlet, text, date) => {
    expect(parseWrittenDate(text, 'id')).toBe(date);
    // Without a page language the text alone must still be read the same way.
    expect(parseWrittenDate(text)).toBe(date);
  });
});

describe('parseWrittenDate: English outlets', () => {
  it.each([
    ['Reuters', 'December 9, 2024 8:15 AM GMT+7', '2024-12-09'],
    ['BBC', '9 December 2024', '2024-12-09'],
    ['Guardian', 'Monday 9 December 2024 08.15 GMT', '2024-12-09'],
    ['AP', 'Updated 9:12 PM GMT+7, December 9, 2024', '2024-12-09'],
    ['CNN', 'Published 9:12 PM EST, Mon December 9, 2024', '2024-12-09'],
    ['Al Jazeera', '9 Dec 2024', '2024-12-09'],
    ['abbreviation with dot', 'Dec. 2, 2024', '2024-12-02'],
    ['full month first', 'December 2, 2024', '2024-12-02'],
    ['ordinal', 'Posted on December 2nd, 2024', '2024-12-02'],
    ['ordinal day first', 'the 2nd of December, 2024', '2024-12-02'],
    ['Sept', 'Sept. 30, 2024', '2024-09-30'],
    ['lower case', 'posted 2 dec 2024', '2024-12-02'],
    ['ISO in text', 'Last updated 2024-12-02 10:31', '2024-12-02'],
  ])('%s: %s', (_outlet, text, date) => {
    expect(parseWrittenDate(text, 'en')).toBe(date);
  });
});

describe('parseWrittenDate: numeric day/month order', () => {
  it('reads d/m/y on Indonesian pages and m/d/y on English ones', () => {
    expect(parseWrittenDate('Updated: 12/09/2024', 'id')).toBe('2024-09-12');
    expect(parseWrittenDate('Updated: 12/09/2024', 'en')).toBe('2024-12-09');
    expect(parseWrittenDate('Updated: 12/09/2024', 'en-US')).toBe('2024-12-09');
  });

  it('lets a number above 12 decide, whatever the language', () => {
    expect(parseWrittenDate('Updated: 25/12/2024', 'en')).toBe('2024-12-25');
    expect(parseWrittenDate('Diperbarui 12/25/2024', 'id')).toBe('2024-12-25');
  });

  it('uses the text hints when no language is given', () => {
    expect(parseWrittenDate('12/09/2024 10:31 WIB')).toBe('2024-09-12');
    expect(parseWrittenDate('12/09/2024 9:12 PM EST')).toBe('2024-12-09');
    expect(parseWrittenDate('12/09/2024')).toBe('2024-09-12');
  });

  it('reads dotted and dashed numeric dates', () => {
    expect(parseWrittenDate('02.12.2024 10:31', 'id')).toBe('2024-12-02');
    expect(parseWrittenDate('2-12-2024', 'id')).toBe('2024-12-02');
  });
});

describe('parseWrittenDate: rejections', () => {
  it.each([
    ['31 February', '31 Februari 2024'],
    ['30 February, month first', 'February 30, 2024'],
    ['29 February in a common year', '29 Feb 2023'],
    ['year before 1900', '2 Desember 1899'],
    ['year after 2100', 'December 2, 2101'],
    ['numeric impossible date', '31/02/2024'],
    ['month 13 both ways', '13/13/2024'],
    ['two-digit year', '02/12/24'],
    ['no year', 'Senin, 2 Desember pukul 10:31'],
    ['a time only', '10:31 WIB'],
    ['not a month', '2 Desa 2024'],
    ['empty', ''],
    ['prose without a date', 'Pasukan pemberontak Suriah menduduki Aleppo pada akhir pekan.'],
  ])('%s', (_why, text) => {
    expect(parseWrittenDate(text, 'id')).toBeUndefined();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseWrittenDate('29 Feb 2024')).toBe('2024-02-29');
  });

  it('skips an impossible date and reads the next one', () => {
    expect(parseWrittenDate('31 Feb 2024 (ralat: 28 Feb 2024)')).toBe('2024-02-28');
  });
});

describe('findWrittenDate', () => {
  it('returns the earliest date in the text, with what was written', () => {
    const found = findWrittenDate('Published December 9, 2024. Updated 10 Dec 2024.', 'en');
    expect(found).toEqual({ date: '2024-12-09', match: 'December 9, 2024', index: 10 });
  });

  it('prefers the earlier date whichever pattern finds it', () => {
    expect(findWrittenDate('2 Desember 2024, diperbarui 03/12/2024', 'id')?.date).toBe('2024-12-02');
    expect(findWrittenDate('03/12/2024, pertama terbit 2 Desember 2024', 'id')?.date).toBe('2024-12-03');
  });
});
