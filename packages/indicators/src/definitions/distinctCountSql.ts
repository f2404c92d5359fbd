/**
 * SQL counting distinct members (volunteers, lieux, patients) per period and territory. `members`
 * selects `day, code_epci, member`. Weeks and months count the members seen on the period's days;
 * a cumul counts each member from the first day it is seen in the territory (all cumuls start at
 * the launch), which avoids repeating the facts for every cumul.
 */
export function distinctCountSql(comment: string, members: string): string {
  return `
WITH members AS (
  -- ${comment}
  ${members.trim()}
),
member_days AS (
  SELECT DISTINCT m.day, g.level, g.geo_code, m.member
  FROM members m
  JOIN zone_geo g USING (code_epci)
),
within_period AS (
  -- semaine et mois : membres distincts vus un jour de la période
  SELECT dp.period_type, dp.period, d.level, d.geo_code, count(DISTINCT d.member) AS members
  FROM member_days d
  JOIN day_periods dp ON dp.day = d.day AND dp.period_type <> 'cumul'
  GROUP BY ALL
),
first_seen AS (
  SELECT level, geo_code, member, min(day) AS first_day
  FROM member_days
  GROUP BY ALL
),
since_launch AS (
  -- cumul : chaque membre compte à partir du premier jour où il est vu dans le territoire
  SELECT dp.period_type, dp.period, f.level, f.geo_code, count(*) AS members
  FROM first_seen f
  JOIN day_periods dp ON dp.day = f.first_day AND dp.period_type = 'cumul'
  GROUP BY ALL
)
SELECT period_type, period, level, geo_code, members AS numerator FROM within_period
UNION ALL
SELECT period_type, period, level, geo_code, members AS numerator FROM since_launch`;
}
