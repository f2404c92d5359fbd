/**
 * Calendar dates without time zone, written `AAAA-MM-JJ`, ISO weeks (`2025-S37`), months
 * (`2025-10`) and quarters (`2025T3`). Computed on day numbers (days since 01/01/1970, UTC), so
 * no daylight-saving shift can move a date. The one calendar of Vigie: every package imports it.
 */
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 01/01/1970 of a date `AAAA-MM-JJ` (not checked: see `parseIsoDate`). */
export function toDayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

const dayCache = new Map<number, string>();

export function fromDayNumber(day: number): string {
  let iso = dayCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    dayCache.set(day, iso);
  }
  return iso;
}

/** Checks a date `AAAA-MM-JJ` exists; throws a French message saying what was expected otherwise. */
export function parseIsoDate(date: string): string {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Date attendue au format AAAA-MM-JJ (par exemple 2025-10-05), reçu « ${date} ».`);
  if (fromDayNumber(toDayNumber(date)) !== date) throw new Error(`Date « ${date} » inexistante dans le calendrier.`);
  return date;
}

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && fromDayNumber(toDayNumber(value)) === value;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  return ((((toDayNumber(iso) + 3) % 7) + 7) % 7) + 1;
}

/** The Sunday on or before `date` (the end of its ISO week if it is a Sunday). */
export function sundayOnOrBefore(date: string): string {
  parseIsoDate(date);
  const weekday = isoWeekday(date);
  return weekday === 7 ? date : addDays(date, -weekday);
}

export interface IsoWeek {
  year: number;
  week: number;
  /** `2025-S37` */
  label: string;
  monday: string;
  sunday: string;
}

const weekCache = new Map<string, IsoWeek>();

/** The ISO week holding a date: 29/12/2025 is in `2026-S01`, 01/01/2027 in `2026-S53`. */
export function isoWeekOf(iso: string): IsoWeek {
  let week = weekCache.get(iso);
  if (!week) {
    const monday = toDayNumber(iso) - (isoWeekday(iso) - 1);
    const year = Number(fromDayNumber(monday + 3).slice(0, 4));
    const number = 1 + Math.round((monday - toDayNumber(isoWeekMonday(year, 1))) / 7);
    week = { year, week: number, label: `${year}-S${String(number).padStart(2, '0')}`, monday: fromDayNumber(monday), sunday: fromDayNumber(monday + 6) };
    weekCache.set(iso, week);
  }
  return week;
}

/** ISO week code of a date: `2025-S37`. */
export function isoWeekCode(date: string): string {
  parseIsoDate(date);
  return isoWeekOf(date).label;
}

/** Monday of ISO week `week` of `year` (week 1 holds 4 January). */
export function isoWeekMonday(year: number, week: number): string {
  const jan4 = `${year}-01-04`;
  return addDays(jan4, -(isoWeekday(jan4) - 1) + (week - 1) * 7);
}

/** 52 or 53: 28 December is always in the last ISO week of its year. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf(`${year}-12-28`).week;
}

/** The ISO weeks from the one holding `from` to the one holding `to`. */
export function isoWeeksBetween(from: string, to: string): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  for (let monday = isoWeekOf(from).monday; monday <= to; monday = addDays(monday, 7)) weeks.push(isoWeekOf(monday));
  return weeks;
}

/** `2025-10` */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** Last day of a month `AAAA-MM`. */
export function lastDayOfMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return fromDayNumber(Math.round(Date.UTC(y, m, 1) / MS_PER_DAY) - 1);
}

export function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The months from `from` to `to` included (`AAAA-MM`). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = monthOf(from); m <= monthOf(to); m = nextMonth(m)) months.push(m);
  return months;
}

export function lastSundayOfMonth(month: string): string {
  const last = lastDayOfMonth(month);
  return addDays(last, -(isoWeekday(last) % 7));
}

/** `2025T3` */
export function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)}T${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Last day of quarter `quarter` (1 to 4) of `year`: 30/09 for T3. */
export function quarterEnd(year: number, quarter: number): string {
  return lastDayOfMonth(`${year}-${String(quarter * 3).padStart(2, '0')}`);
}

/** The quarters from `from` to `to` included. */
export function quartersBetween(from: string, to: string): string[] {
  const quarters: string[] = [];
  for (let m = monthOf(from); m <= monthOf(to); m = nextMonth(m)) {
    const q = quarterOf(`${m}-01`);
    if (quarters[quarters.length - 1] !== q) quarters.push(q);
  }
  return quarters;
}
