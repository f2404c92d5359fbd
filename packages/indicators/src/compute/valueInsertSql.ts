import { sqlString } from '@vigie/core';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';

const REQUIRED = ['period_type', 'period', 'level', 'geo_code', 'numerator'];
const OPTIONAL = ['denominator', 'status'];

function quoteList(values: readonly string[]): string {
  return values.map(sqlString).join(', ');
}

/** Checks the columns an indicator's SQL returns; throws a French message naming what is wrong. */
export function checkResultColumns(def: IndicatorDefinition, columns: readonly string[]): void {
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !REQUIRED.includes(c) && !OPTIONAL.includes(c));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(
      `Le SQL de l'indicateur ${def.id} doit renvoyer ${[...REQUIRED, ...OPTIONAL].join(', ')} ; ` +
        `il renvoie ${columns.join(', ')}` +
        (missing.length > 0 ? ` (manque : ${missing.join(', ')})` : '') +
        (unknown.length > 0 ? ` (inattendu : ${unknown.join(', ')})` : '') +
        `. Corrigez src/definitions/ pour ${def.id}.`,
    );
  }
}

/**
 * The statement that appends one indicator's values of run `runId` to `indicators.values` (which
 * derived indicators read through the view `computed_values`): one row for every
 * territory and period of `geo_universe` at the indicator's levels and periodicity. A missing
 * count is 0; a ratio whose denominator is missing or zero is `sans_donnees`.
 */
export function valueInsertSql(def: IndicatorDefinition, columns: readonly string[], runId: string): string {
  const denominator = columns.includes('denominator') ? 'r.denominator' : 'NULL';
  const status = columns.includes('status') ? 'r.status' : 'NULL';
  const shaped =
    def.kind === 'count'
      ? `CASE WHEN ${status} = 'sans_donnees' THEN NULL ELSE coalesce(r.numerator, 0) END AS numerator,
         NULL::DOUBLE AS denominator,
         coalesce(${status}, 'ok') AS status`
      : `coalesce(r.numerator, 0) AS numerator,
         coalesce(${denominator}, 0) AS denominator,
         CASE WHEN coalesce(${denominator}, 0) = 0 THEN 'sans_donnees' ELSE coalesce(${status}, 'ok') END AS status`;
  const value = def.kind === 'count' ? 'numerator' : `CASE WHEN status = 'sans_donnees' THEN NULL ELSE numerator / denominator * ${def.scale} END`;
  return `
INSERT INTO indicators."values"
WITH result AS (
${def.sql}
),
shaped AS (
  SELECT u.period_type, u.period, u.period_start, u.period_end, u.level, u.geo_code,
         ${shaped}
  FROM geo_universe u
  LEFT JOIN result r USING (period_type, period, level, geo_code)
  WHERE u.level IN (${quoteList(def.levels)}) AND u.period_type IN (${quoteList(def.periodicity)})
)
SELECT '${def.id}', ${def.version}, period_type, period, period_start, period_end, level, geo_code,
       ${value} AS value, numerator, denominator, status, ${quoteList([runId])}
FROM shaped`;
}
