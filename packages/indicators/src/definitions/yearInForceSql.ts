/**
 * The WITH step `year_in_force` of a yearly context source, written once: for each period, the
 * latest year of the relation `years` (one column `annee`) not after the period's end, or the
 * earliest year when all are later (a yearly extract published after the period it describes).
 * Used as `${YEAR_IN_FORCE_SQL},` after a step `years AS (SELECT DISTINCT annee FROM clean.…)`.
 */
export const YEAR_IN_FORCE_SQL = `year_in_force AS (
  SELECT p.period_type, p.period,
         coalesce(max(y.annee) FILTER (WHERE y.annee <= year(p.period_end)), min(y.annee)) AS annee
  FROM periods p, years y
  GROUP BY ALL
)`;
