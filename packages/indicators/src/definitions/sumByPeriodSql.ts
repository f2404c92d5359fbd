/**
 * A named WITH step adding a daily amount by zone (`from`, aliased `alias`, with `day`, `code_epci`
 * and `column`) into every period that holds the day and every territory that holds the zone.
 */
export function sumByPeriodSql(step: string, from: string, alias: string, column: string, comment?: string): string {
  return `${step} AS (${comment ? `\n  -- ${comment}` : ''}
  SELECT dp.period_type, dp.period, g.level, g.geo_code, sum(${alias}.${column}) AS ${column}
  FROM ${from} ${alias}
  JOIN day_periods dp ON dp.day = ${alias}.day
  JOIN zone_geo g ON g.code_epci = ${alias}.code_epci
  GROUP BY ALL
)`;
}
