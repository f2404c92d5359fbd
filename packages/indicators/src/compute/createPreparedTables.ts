import { isIsoDate, LAUNCH_DATE } from '@vigie/core';
import type { Warehouse } from '@vigie/etl';
import { preparedRelations } from './preparedRelations.js';

/**
 * Sets the launch and as-of dates and creates a temporary table for each relation of
 * `preparedRelations`. With `fromDay` (an increment), `periods` keeps only the periods ending on or
 * after it, and so does everything built on it (geo_universe, day_periods…): every indicator is
 * computed for those periods only, each still over all its days since the launch (cumuls).
 * `views`: relations created as temporary views instead, computed only where a query reads them
 * (the publication reads acts_in_scope once, for one alert: 2 million acts not copied).
 */
export async function createPreparedTables(wh: Warehouse, asOf: string, fromDay?: string, views: readonly string[] = []): Promise<void> {
  if (!isIsoDate(asOf)) throw new Error(`Date de fin de calcul attendue au format AAAA-MM-JJ, reçu « ${asOf} ».`);
  if (fromDay !== undefined && !isIsoDate(fromDay)) throw new Error(`Premier jour à recalculer attendu au format AAAA-MM-JJ, reçu « ${fromDay} ».`);
  await wh.run(`SET VARIABLE vigie_launch = DATE '${LAUNCH_DATE}'; SET VARIABLE vigie_as_of = DATE '${asOf}';`);
  for (const relation of preparedRelations) {
    await wh.run(`CREATE OR REPLACE TEMP ${views.includes(relation.name) ? 'VIEW' : 'TABLE'} ${relation.name} AS ${relation.sql}`);
    if (relation.name === 'periods' && fromDay !== undefined) await wh.run(`DELETE FROM periods WHERE period_end < DATE '${fromDay}'`);
  }
}

/** Drops the temporary tables (and `views`) of `createPreparedTables` (the connection may live on). */
export async function dropPreparedTables(wh: Warehouse, views: readonly string[] = []): Promise<void> {
  for (const relation of [...preparedRelations].reverse()) {
    await wh.run(`DROP ${views.includes(relation.name) ? 'VIEW' : 'TABLE'} IF EXISTS temp.${relation.name}`);
  }
}
