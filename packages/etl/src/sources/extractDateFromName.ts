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
    return isRealDate(iso) ? { date: iso } : { error: `la date ${date} du nom du fichier n'existe pas (AAAAMMJJ attendu)` };
  }
  if (!year) return { date: null };
  const y = Number(year);
  if (week) {
    const w = Number(week);
    if (w < 1 || w > isoWeeksInYear(y)) return { error: `la semaine ${year}-S${week} du nom du fichier n'existe pas` };
    return { date: toIso(addDays(isoWeekMonday(y, w), 6)) };
  }
  if (month) {
    const m = Number(month);
    if (m < 1 || m > 12) return { error: `le mois ${year}-${month} du nom du fichier n'existe pas` };
    return { date: toIso(new Date(Date.UTC(y, m, 0))) };
  }
  if (quarter) {
    const q = Number(quarter);
    if (q < 1 || q > 4) return { error: `le trimestre ${year}T${quarter} du nom du fichier n'existe pas` };
    return { date: toIso(new Date(Date.UTC(y, q * 3, 0))) };
  }
  return { date: `${year}-12-31` };
}

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && toIso(d) === iso;
}

/** Monday of ISO week 1 is the Monday of the week holding 4 January. */
function isoWeekMonday(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday1 = addDays(jan4, -((jan4.getUTCDay() + 6) % 7));
  return addDays(monday1, (week - 1) * 7);
}

function isoWeeksInYear(year: number): number {
  const dec28 = new Date(Date.UTC(year, 11, 28)); // always in the last ISO week
  const monday = isoWeekMonday(year, 1);
  return Math.floor((dec28.getTime() - monday.getTime()) / (7 * 86_400_000)) + 1;
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
