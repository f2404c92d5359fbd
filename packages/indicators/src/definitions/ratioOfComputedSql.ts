/** SQL dividing one computed indicator of the run by another, territory by territory. */
export function ratioOfComputedSql(numeratorId: string, denominatorId: string): string {
  return `
WITH numerators AS (
  SELECT period_type, period, level, geo_code, numerator AS amount
  FROM computed_values
  WHERE indicator_id = '${numeratorId}'
),
denominators AS (
  SELECT period_type, period, level, geo_code, numerator AS amount
  FROM computed_values
  WHERE indicator_id = '${denominatorId}'
)
SELECT d.period_type, d.period, d.level, d.geo_code,
       coalesce(n.amount, 0) AS numerator, d.amount AS denominator
FROM denominators d
LEFT JOIN numerators n USING (period_type, period, level, geo_code)`;
}
