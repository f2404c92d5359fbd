import { computedValuesSql } from './computedValuesSql.js';

/**
 * A named WITH step reading the numerator of an indicator already computed in the run
 * (`computed_values`, declared in `dependsOn`), as `column`, by period and territory.
 */
export function computedNumeratorSql(step: string, indicatorId: string, column: string): string {
  return computedValuesSql(step, indicatorId, `numerator AS ${column}`);
}
