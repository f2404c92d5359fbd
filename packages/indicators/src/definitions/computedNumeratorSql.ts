/**
 * A named WITH step reading the numerator of an indicator already computed in the run
 * (`computed_values`, declared in `dependsOn`), as `column`, by period and territory.
 */
export function computedNumeratorSql(step: string, indicatorId: string, column: string): string {
  return `${step} AS (
  SELECT period_type, period, level, geo_code, numerator AS ${column}
  FROM computed_values
  WHERE indicator_id = '${indicatorId}'
)`;
}
