/** SQL relating a computed count to the population of the zones in scope during the period. */
export function perPopulationSql(countId: string): string {
  return `
WITH counts AS (
  SELECT period_type, period, level, geo_code, numerator AS amount
  FROM computed_values
  WHERE indicator_id = '${countId}'
),
population AS (
  -- population municipale des zones en périmètre pendant la période
  SELECT period_type, period, level, geo_code, population
  FROM geo_universe
)
SELECT p.period_type, p.period, p.level, p.geo_code,
       coalesce(c.amount, 0) AS numerator, p.population AS denominator
FROM population p
LEFT JOIN counts c USING (period_type, period, level, geo_code)`;
}
