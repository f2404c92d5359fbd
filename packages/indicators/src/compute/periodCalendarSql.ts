/**
 * The period calendar, from the launch to `getvariable('vigie_as_of')` (a Sunday, end of the last
 * complete ISO week):
 * - `semaine`: every ISO week (`2025-S36` … ), Monday to Sunday;
 * - `mois`: every calendar month begun by then (`2025-09` … ); the running month stops at as_of;
 * - `cumul`: from the launch to the end of every week and of every complete month, coded by its
 *   last day (`2025-10-31`); a month end that is also a Sunday gives one period.
 */
export const periodCalendarSql = `
WITH bounds AS (
  SELECT getvariable('vigie_launch') AS launch, getvariable('vigie_as_of') AS as_of
),
weeks AS (
  SELECT 'semaine' AS period_type,
         CAST(isoyear(d) AS VARCHAR) || '-S' || lpad(CAST(week(d) AS VARCHAR), 2, '0') AS period,
         CAST(d AS DATE) AS period_start,
         CAST(d AS DATE) + 6 AS period_end
  FROM bounds, generate_series(bounds.launch, bounds.as_of - 6, INTERVAL 7 DAY) AS t(d)
),
months AS (
  SELECT 'mois' AS period_type,
         strftime(d, '%Y-%m') AS period,
         CAST(d AS DATE) AS period_start,
         least(last_day(d), bounds.as_of) AS period_end
  FROM bounds, generate_series(bounds.launch, bounds.as_of, INTERVAL 1 MONTH) AS t(d)
  WHERE bounds.as_of >= bounds.launch + 6
),
cumul_ends AS (
  SELECT period_end FROM weeks
  UNION
  SELECT period_end FROM months, bounds WHERE period_end = last_day(period_start)
),
cumuls AS (
  SELECT 'cumul' AS period_type, strftime(period_end, '%Y-%m-%d') AS period,
         bounds.launch AS period_start, period_end
  FROM cumul_ends, bounds
)
SELECT * FROM weeks
UNION ALL SELECT * FROM months
UNION ALL SELECT * FROM cumuls
`;
