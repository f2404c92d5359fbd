/**
 * A named WITH step reading an indicator already computed in the run (`computed_values`, declared
 * in `dependsOn`): `columns` of it (`value AS days_per_month, status`), by period and territory.
 */
export function computedValuesSql(step: string, indicatorId: string, columns: string): string {
  return `${step} AS (
  SELECT period_type, period, level, geo_code, ${columns}
  FROM computed_values
  WHERE indicator_id = '${indicatorId}'
)`;
}
