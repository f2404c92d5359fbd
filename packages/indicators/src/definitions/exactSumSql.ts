/**
 * Σ of a non-integer expression (APL × population, note × réponses, minutes × population…),
 * exact and the same whatever the order of the additions.
 *
 * DuckDB adds doubles in parallel, in no fixed order: the same rows can give sums that differ in
 * their last bits from one run to the next, and a value that lies on a rounding boundary of the
 * export (381,5390375 → 381,539037 or 381,539038) then changes between two identical runs, and a
 * re-derivation is no longer byte for byte. Each term is rounded once to 10 decimals (far below
 * any published digit) and the terms are added as 128-bit integers: exact, in any order.
 * Sums of whole numbers or of halves (counts, unités de journée) are exact as doubles already.
 */
export const EXACT_SUM_SCALE = 10;

export function exactSumSql(expression: string): string {
  return `CAST(sum(CAST((${expression}) AS DECIMAL(38, ${EXACT_SUM_SCALE}))) AS DOUBLE)`;
}
