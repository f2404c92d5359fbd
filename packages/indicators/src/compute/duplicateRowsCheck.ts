import type { Warehouse } from '@vigie/etl';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';

/**
 * The rows each indicator must give: valueInsertSql writes one row per row of `geo_universe` at
 * the indicator's levels and periodicity, plus one per extra row its SQL returns for the same
 * period and territory. So an indicator's SQL returns a single row per period and territory
 * exactly when the rows it wrote equal this count: one small scan of geo_universe for the run,
 * instead of grouping every computed value (issue #14).
 */
export async function universeRowCounts(wh: Warehouse): Promise<Map<string, number>> {
  const rows = await wh.all<{ level: string; period_type: string; n: number }>(
    `SELECT level, period_type, count(*) AS n FROM geo_universe GROUP BY ALL`,
  );
  return new Map(rows.map((r) => [`${r.level} ${r.period_type}`, Number(r.n)]));
}

/** The rows `def` must write (see universeRowCounts). */
export function expectedRows(def: IndicatorDefinition, counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const level of new Set(def.levels)) for (const type of new Set(def.periodicity)) n += counts.get(`${level} ${type}`) ?? 0;
  return n;
}

/**
 * The error naming the first period and territory (by period, level, code) for which `def` wrote
 * more than one row in `computed_values`, or undefined when there is none.
 */
export async function duplicateRowsError(wh: Warehouse, def: IndicatorDefinition): Promise<Error | undefined> {
  const duplicate = await wh.one<{ period: string; level: string; geo_code: string; n: number }>(
    `SELECT period_type || ' ' || period AS period, level, geo_code, count(*) AS n FROM computed_values
     WHERE indicator_id = $id
     GROUP BY period_type, period, level, geo_code HAVING count(*) > 1
     ORDER BY period, level, geo_code LIMIT 1`,
    { id: def.id },
  );
  if (!duplicate) return undefined;
  return new Error(
    `Le SQL de l'indicateur ${def.id} renvoie ${duplicate.n} lignes pour ${duplicate.period}, ${duplicate.level} ${duplicate.geo_code} ; ` +
      `une seule est attendue par période et territoire. Corrigez src/definitions/ pour ${def.id}.`,
  );
}
