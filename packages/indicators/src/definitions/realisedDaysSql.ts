/** A named WITH step: the units of day realised (`statut` REALISEE), by day and zone, from days_in_scope. */
export function realisedDaysSql(step: string): string {
  return `${step} AS (
  -- unités réalisées, par jour et par zone
  SELECT day, code_epci, sum(unites) AS unites
  FROM days_in_scope
  WHERE statut = 'REALISEE'
  GROUP BY ALL
)`;
}
