/** Dates as `AAAA-MM-JJ` strings (Europe/Paris calendar dates), computed in UTC to avoid DST shifts. */

/** Launch of the mission: Monday 1 September 2025, first day of ISO week 2025-S36. */
export const LAUNCH_DATE = '2025-09-01';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(date: string): Date {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Date attendue au format AAAA-MM-JJ (par exemple 2025-10-05), reçu « ${date} ».`);
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (utc.toISOString().slice(0, 10) !== date) throw new Error(`Date « ${date} » inexistante dans le calendrier.`);
  return utc;
}

export function isIsoDate(value: string): boolean {
  try {
    toUtc(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((toUtc(date).getUTCDay() + 6) % 7) + 1;
}

/** The Sunday on or before `date` (the end of its ISO week if it is a Sunday). */
export function sundayOnOrBefore(date: string): string {
  const weekday = isoWeekday(date);
  return weekday === 7 ? date : addDays(date, -weekday);
}

/** ISO week code of a date: `2025-S37`; 29/12/2025 is in `2026-S01`. */
export function isoWeekCode(date: string): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((toUtc(thursday).getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-S${String(week).padStart(2, '0')}`;
}

const parisDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Paris. */
export function parisToday(now: Date = new Date()): string {
  return parisDate.format(now);
}
