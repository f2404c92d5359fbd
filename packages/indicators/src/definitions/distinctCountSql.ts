/**
 * SQL counting distinct members (volunteers, lieux, patients) per period and territory. `members`
 * selects `day, code_epci, member` (duplicates allowed). Weeks and months count the members seen on
 * the period's days; a cumul counts each member from the first day it is seen in the territory (all
 * cumuls start at the launch), which avoids repeating the facts for every cumul.
 *
 * Cost (issue #14): members are matched by their text only to give each an integer key, then
 * counted as integers (a patient's pseudonym is 64 characters). A member seen in one zone only
 * (nearly every patient) counts once in each territory of that zone, so those territories add up
 * their zones' counts; only the members seen in several zones are counted distinct territory by
 * territory. Both give the same numbers as counting distinct members of every territory directly
 * (distinctCountSql.test.ts).
 */
export function distinctCountSql(comment: string, members: string): string {
  return `
WITH members AS (
  -- ${comment}
  ${members.trim()}
),
member_keys AS (
  -- chaque membre une fois : une clé entière, et s'il n'est vu que dans une seule zone
  SELECT member, row_number() OVER () AS member_key, min(code_epci) = max(code_epci) AS one_zone
  FROM members
  WHERE member IS NOT NULL
  GROUP BY member
),
member_days AS (
  SELECT DISTINCT m.day, m.code_epci, k.member_key, k.one_zone
  FROM members m
  JOIN member_keys k USING (member)
),
zone_geos AS (
  SELECT DISTINCT code_epci, level, geo_code FROM zone_geo
),
within_period AS (
  -- semaine et mois : membres distincts vus un jour de la période ;
  -- un membre d'une seule zone compte une fois dans chaque territoire de sa zone : les comptes des zones s'additionnent
  SELECT z.period_type, z.period, g.level, g.geo_code, sum(z.members) AS members
  FROM (
    SELECT dp.period_type, dp.period, d.code_epci, count(DISTINCT d.member_key) AS members
    FROM member_days d
    JOIN day_periods dp ON dp.day = d.day AND dp.period_type <> 'cumul'
    WHERE d.one_zone
    GROUP BY ALL
  ) z
  JOIN zone_geos g USING (code_epci)
  GROUP BY ALL
  UNION ALL
  -- un membre vu dans plusieurs zones compte une fois dans chaque territoire où il est vu
  SELECT dp.period_type, dp.period, g.level, g.geo_code, count(DISTINCT d.member_key) AS members
  FROM member_days d
  JOIN day_periods dp ON dp.day = d.day AND dp.period_type <> 'cumul'
  JOIN zone_geos g USING (code_epci)
  WHERE NOT d.one_zone
  GROUP BY ALL
),
first_seen AS (
  -- cumul : chaque membre compte à partir du premier jour où il est vu dans le territoire ;
  -- membres d'une seule zone : leur premier jour dans la zone, compté dans chaque territoire de la zone
  SELECT g.level, g.geo_code, f.first_day, sum(f.members) AS members
  FROM (
    SELECT code_epci, first_day, count(*) AS members
    FROM (SELECT code_epci, member_key, min(day) AS first_day FROM member_days WHERE one_zone GROUP BY ALL)
    GROUP BY ALL
  ) f
  JOIN zone_geos g USING (code_epci)
  GROUP BY ALL
  UNION ALL
  -- membres de plusieurs zones : leur premier jour dans chaque territoire
  SELECT level, geo_code, first_day, count(*) AS members
  FROM (
    SELECT g.level, g.geo_code, d.member_key, min(d.day) AS first_day
    FROM member_days d
    JOIN zone_geos g USING (code_epci)
    WHERE NOT d.one_zone
    GROUP BY ALL
  )
  GROUP BY ALL
),
since_launch AS (
  SELECT dp.period_type, dp.period, f.level, f.geo_code, sum(f.members) AS members
  FROM first_seen f
  JOIN day_periods dp ON dp.day = f.first_day AND dp.period_type = 'cumul'
  GROUP BY ALL
)
SELECT period_type, period, level, geo_code, CAST(sum(members) AS BIGINT) AS numerator FROM within_period GROUP BY ALL
UNION ALL
SELECT period_type, period, level, geo_code, CAST(members AS BIGINT) AS numerator FROM since_launch`;
}

/** The `changes` entry of the definitions whose SQL moved to this form (same values, issue #14). */
export const DISTINCT_COUNT_BY_KEY = {
  version: 2,
  date: '2026-11-29',
  change:
    'Mêmes valeurs, calcul plus rapide : chaque membre est compté par une clé entière, et un membre vu dans une seule zone compte une fois dans chaque territoire de sa zone (les comptes de ces zones s’additionnent) ; seuls les membres vus dans plusieurs zones sont dédoublonnés territoire par territoire.',
} as const;
