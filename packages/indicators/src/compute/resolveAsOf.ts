import { addDays, isIsoDate, lastCompleteWeekEnd, LAUNCH_DATE, parisToday, sundayOnOrBefore } from '@vigie/core';
import type { Warehouse } from '@vigie/etl';
import { ACTIVITY_SOURCES } from './activitySources.js';

/**
 * The end of the last complete ISO week to compute (a Sunday).
 * Given: the Sunday on or before it. Default: the last week of data, that is the latest week whose
 * activity extract (ACTIVITY_SOURCES: `ars.journees`, `cnam.actes`, dated by its name) was loaded; without any
 * such file in the ledger, the Sunday on or before the latest realised day or act. Planned days
 * are not data: they never extend the horizon. Never a week that has not ended yet in Paris (the
 * Sunday before today at the latest), never before the end of the launch week.
 */
export async function resolveAsOf(wh: Warehouse, asOf?: string, today: string = parisToday()): Promise<string> {
  if (asOf !== undefined) {
    if (!isIsoDate(asOf)) throw new Error(`--jusqu-au attend une date AAAA-MM-JJ (par exemple 2025-10-05), reçu « ${asOf} ».`);
    return sundayOnOrBefore(asOf);
  }
  const activity = ACTIVITY_SOURCES.map((a) => `'${a.sourceId}'`).join(', ');
  const happened = ACTIVITY_SOURCES.map((a) => `SELECT max(${a.day}) AS d FROM ${a.cleanTable} WHERE ${a.happened}`).join('\n        UNION ALL\n        ');
  const row = await wh.one<{ latest: string | null }>(`
    SELECT coalesce(
      (SELECT max(extract_date) FROM ledger.files
        WHERE source_id IN (${activity}) AND status IN ('charge', 'charge_avec_rejets', 'doublon')),
      (SELECT max(d) FROM (
        ${happened}))
    )::VARCHAR AS latest`);
  const lastEndedWeek = lastCompleteWeekEnd(today);
  const latest = row?.latest ? sundayOnOrBefore(row.latest) : lastEndedWeek;
  const resolved = latest < lastEndedWeek ? latest : lastEndedWeek;
  const firstWeekEnd = addDays(LAUNCH_DATE, 6);
  return resolved < firstWeekEnd ? firstWeekEnd : resolved;
}
