import { addDays, isIsoDate, isoWeekMonday, isoWeeksInYear, lastDayOfMonth, quarterEnd } from '@vigie/core';

/**
 * The date of an extract, read from the named groups of its file name (or of a sheet name):
 * `date` AAAAMMJJ → that day; `year` + `week` → the Sunday of the ISO week; `year` + `month`
 * → the last day of the month; `year` + `quarter` → the last day of the quarter; `year` alone
 * → 31 December. Returns `AAAA-MM-JJ`, null when the name carries no date, or an error message
 * (in French) when it carries one that does not exist.
 */
export function extractDateFromName(groups: Record<string, string | undefined>): { date: string | null } | { error: string } {
  const { date, year, week, month, quarter } = groups;
  if (date) {
    const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
    return isIsoDate(iso) ? { date: iso } : { error: `la date ${date} du nom du fichier n'existe pas (AAAAMMJJ attendu)` };
  }
  if (!year) return { date: null };
  const y = Number(year);
  if (week) {
    const w = Number(week);
    if (w < 1 || w > isoWeeksInYear(y)) return { error: `la semaine ${year}-S${week} du nom du fichier n'existe pas` };
    return { date: addDays(isoWeekMonday(y, w), 6) };
  }
  if (month) {
    const m = Number(month);
    if (m < 1 || m > 12) return { error: `le mois ${year}-${month} du nom du fichier n'existe pas` };
    return { date: lastDayOfMonth(`${year}-${String(m).padStart(2, '0')}`) };
  }
  if (quarter) {
    const q = Number(quarter);
    if (q < 1 || q > 4) return { error: `le trimestre ${year}T${quarter} du nom du fichier n'existe pas` };
    return { date: quarterEnd(y, q) };
  }
  return { date: `${year}-12-31` };
}
