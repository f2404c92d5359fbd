import { addDays, isoWeek } from '../isoCalendar.js';
import type { Period } from './oracleTypes.js';

export const LAUNCH = '2025-09-01';

/**
 * Every `semaine` and `mois` from the launch to `lastWeekEnd` (the Sunday ending the last complete
 * ISO week of data), and a `cumul` ending on each of those weeks' and months' last days.
 * Assumption: a month that has begun but is not over by `lastWeekEnd` is cut at `lastWeekEnd`
 * (its end for coverage and snapshots); `cumulEnds` lets a test ask for any other cumul end.
 */
export function oraclePeriods(lastWeekEnd: string): Period[] {
  const out: Period[] = [];
  for (let start = LAUNCH; start <= lastWeekEnd; start = addDays(start, 7)) {
    out.push({ type: 'semaine', code: isoWeek(start), start, end: addDays(start, 6) });
  }
  for (let start = LAUNCH; start <= lastWeekEnd; start = nextMonth(start)) {
    const end = addDays(nextMonth(start), -1);
    out.push({ type: 'mois', code: start.slice(0, 7), start, end: end < lastWeekEnd ? end : lastWeekEnd });
  }
  const cumulEnds = new Set(out.map((p) => p.end));
  for (const end of [...cumulEnds].sort()) out.push(cumulPeriod(end));
  return out;
}

export function cumulPeriod(end: string): Period {
  return { type: 'cumul', code: end, start: LAUNCH, end };
}

function nextMonth(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The Sunday ending ISO week `2026-S04`. */
export function isoWeekSunday(code: string): string {
  const m = /^(\d{4})-S(\d{2})$/.exec(code);
  if (!m) throw new Error(`semaine AAAA-Sww attendue : ${code}`);
  const jan4 = Date.UTC(Number(m[1]), 0, 4);
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(mondayOfWeek1 + ((Number(m[2]) - 1) * 7 + 6) * 86_400_000).toISOString().slice(0, 10);
}
