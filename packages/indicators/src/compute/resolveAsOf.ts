import { addDays, isIsoDate, lastCompleteWeekEnd, LAUNCH_DATE, parisToday, sundayOnOrBefore } from '@vigie/core';
import type { Warehouse } from '@vigie/etl';

/**
 * The end of the last complete ISO week to compute (a Sunday).
 * Given: the Sunday on or before it. Default: the last week of data, that is the latest week whose
 * activity extract (`ars.journees` or `cnam.actes`, dated by its name) was loaded; without any
 * such file in the ledger, the Sunday on or before the latest realised day or act. Planned days
 * are not data: they never extend the horizon. Never a week that has not ended yet in Paris (the
 * Sunday before today at the latest), never before the end of the launch week.
 */
export async function resolveAsOf(wh: Warehouse, asOf?: string, today: string = parisToday()): Promise<string> {
  if (asOf !== undefined) {
    if (!isIsoDate(asOf)) throw new Error(`--jusqu-au attend une date AAAA-MM-JJ (par exemple 2025-10-05), reçu « ${asOf} ».`);
    return sundayOnOrBefore(asOf);
  }
  const row = await wh.one<{ latest: string | null }>(`
    SELECT coalesce(
      (SELECT max(extract_date) FROM ledger.files
        WHERE source_id IN ('ars.journees', 'cnam.actes') AND status IN ('charge', 'charge_avec_rejets', 'doublon')),
      (SELECT max(d) FROM (
        SELECT max("date") AS d FROM clean.journees WHERE statut = 'REALISEE'
        UNION ALL
        SELECT max(date_soins) FROM clean.actes))
    )::VARCHAR AS latest`);
  const lastEndedWeek = lastCompleteWeekEnd(today);
  const latest = row?.latest ? sundayOnOrBefore(row.latest) : lastEndedWeek;
  const resolved = latest < lastEndedWeek ? latest : lastEndedWeek;
  const firstWeekEnd = addDays(LAUNCH_DATE, 6);
  return resolved < firstWeekEnd ? firstWeekEnd : resolved;
}
