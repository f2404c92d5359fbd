/**
 * Dates civiles sans fuseau, écrites `AAAA-MM-JJ`, et semaines ISO (`2025-S37`).
 * Le calcul passe par un numéro de jour (jours depuis le 01/01/1970) pour rester rapide.
 */
const MS_PER_DAY = 86_400_000;

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

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** 1 = lundi … 7 = dimanche. */
export function isoWeekday(iso: string): number {
  return ((((toDayNumber(iso) + 3) % 7) + 7) % 7) + 1;
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

export function isoWeekOf(iso: string): IsoWeek {
  let week = weekCache.get(iso);
  if (!week) {
    week = computeIsoWeek(iso);
    weekCache.set(iso, week);
  }
  return week;
}

function computeIsoWeek(iso: string): IsoWeek {
  const day = toDayNumber(iso);
  const monday = day - (isoWeekday(iso) - 1);
  const thursday = monday + 3;
  const year = Number(fromDayNumber(thursday).slice(0, 4));
  const firstThursday = toDayNumber(`${year}-01-04`) - (isoWeekday(`${year}-01-04`) - 4);
  const week = 1 + Math.round((thursday - firstThursday) / 7);
  return {
    year,
    week,
    label: `${year}-S${String(week).padStart(2, '0')}`,
    monday: fromDayNumber(monday),
    sunday: fromDayNumber(monday + 6),
  };
}

/** Les semaines ISO de celle qui contient `from` à celle qui contient `to`. */
export function isoWeeksBetween(from: string, to: string): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  for (let monday = isoWeekOf(from).monday; monday <= to; monday = addDays(monday, 7)) weeks.push(isoWeekOf(monday));
  return weeks;
}

/** `2025-10` */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

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

/** Les mois de `from` à `to` inclus (`AAAA-MM`). */
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

/** Les trimestres de `from` à `to` inclus. */
export function quartersBetween(from: string, to: string): string[] {
  const quarters: string[] = [];
  for (let m = monthOf(from); m <= monthOf(to); m = nextMonth(m)) {
    const q = quarterOf(`${m}-01`);
    if (quarters[quarters.length - 1] !== q) quarters.push(q);
  }
  return quarters;
}
