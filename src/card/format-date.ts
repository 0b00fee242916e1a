/**
 * Formats a pack date ("2024", "2024-12", "2024-12-08") in the reader's language at the precision
 * the pack gave: a year stays a year rather than becoming "1 January".
 */
export function formatPartialDate(date: string, lang: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year) return date;
  if (!month) return String(year);
  const when = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(lang, options).format(when);
  } catch {
    return date;
  }
}
