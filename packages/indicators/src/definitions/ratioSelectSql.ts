/** One side of a ratio: a named WITH step, its alias in the final SELECT and the column it gives. */
export interface RatioSide {
  readonly step: string;
  readonly alias: string;
  readonly column: string;
}

/**
 * The final SELECT of a ratio: every territory and period of the denominator's step, with the
 * numerator's amount where it has one and 0 elsewhere.
 */
export function ratioSelectSql(numerator: RatioSide, denominator: RatioSide): string {
  const n = numerator.alias;
  const d = denominator.alias;
  return `SELECT ${d}.period_type, ${d}.period, ${d}.level, ${d}.geo_code,
       coalesce(${n}.${numerator.column}, 0) AS numerator, ${d}.${denominator.column} AS denominator
FROM ${denominator.step} ${d}
LEFT JOIN ${numerator.step} ${n} USING (period_type, period, level, geo_code)`;
}
