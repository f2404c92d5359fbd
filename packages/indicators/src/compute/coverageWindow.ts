/**
 * The coverage rule of indicators.md, written once: a zone is covered on a day when at least one
 * unit of realised day fell in the 28 days ending that day, that day included (D-27 to D). Read by
 * the shared relation `covered_zones` (zones_couvertes, taux_zones_couvertes,
 * taux_population_couverte) and by the alert « Zones sans activité ».
 */
export const COVERAGE_WINDOW_DAYS = 28;

/** SQL: the first day of the coverage window ending on `endExpr` (a DATE expression). */
export function coverageWindowStartSql(endExpr: string): string {
  return `(${endExpr} - ${COVERAGE_WINDOW_DAYS - 1})`;
}

/** SQL: true when day `dayExpr` is in the coverage window ending on `endExpr`. */
export function inCoverageWindowSql(dayExpr: string, endExpr: string): string {
  return `${dayExpr} BETWEEN ${coverageWindowStartSql(endExpr)} AND ${endExpr}`;
}
