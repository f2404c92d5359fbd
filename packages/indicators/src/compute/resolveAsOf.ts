import type { Warehouse } from '@vigie/etl';
import { addDays, isIsoDate, LAUNCH_DATE, parisToday, sundayOnOrBefore } from './isoCalendar.js';

/**
 * The end of the last complete ISO week to compute (a Sunday).
 * Given: the Sunday on or before it. Default: the Sunday on or before the latest realised or planned
 * day or act date, but never a week that has not ended yet in Paris (the Sunday before today at the
 * latest). Never before the end of the launch week.
 */
export async function resolveAsOf(wh: Warehouse, asOf?: string, today: string = parisToday()): Promise<string> {
  if (asOf !== undefined) {
    if (!isIsoDate(asOf)) throw new Error(`--jusqu-au attend une date AAAA-MM-JJ (par exemple 2025-10-05), reçu « ${asOf} ».`);
    return sundayOnOrBefore(asOf);
  }
  const row = await wh.one<{ latest: string | null }>(`
    SELECT max(d)::VARCHAR AS latest FROM (
      SELECT max("date") AS d FROM clean.journees WHERE statut IN ('REALISEE', 'PLANIFIEE')
      UNION ALL
      SELECT max(date_soins) FROM clean.actes
    )`);
  const lastEndedWeek = sundayOnOrBefore(addDays(today, -1));
  const latest = row?.latest ? sundayOnOrBefore(row.latest) : lastEndedWeek;
  const resolved = latest < lastEndedWeek ? latest : lastEndedWeek;
  const firstWeekEnd = addDays(LAUNCH_DATE, 6);
  return resolved < firstWeekEnd ? firstWeekEnd : resolved;
}
