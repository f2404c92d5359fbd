/** SQL of a share of acts: acts meeting `condition` ÷ all acts (`consultations` of the run). */
export function actShareSql(comment: string, condition: string): string {
  return `
WITH selected_by_day AS (
  -- ${comment}
  SELECT day, code_epci, count(*) AS acts
  FROM acts_in_scope
  WHERE ${condition}
  GROUP BY ALL
),
selected AS (
  SELECT dp.period_type, dp.period, g.level, g.geo_code, sum(s.acts) AS acts
  FROM selected_by_day s
  JOIN day_periods dp ON dp.day = s.day
  JOIN zone_geo g ON g.code_epci = s.code_epci
  GROUP BY ALL
),
all_acts AS (
  SELECT period_type, period, level, geo_code, numerator AS acts
  FROM computed_values
  WHERE indicator_id = 'consultations'
)
SELECT a.period_type, a.period, a.level, a.geo_code,
       coalesce(s.acts, 0) AS numerator, a.acts AS denominator
FROM all_acts a
LEFT JOIN selected s USING (period_type, period, level, geo_code)`;
}
