/**
 * SQL counting distinct RPPS whose file, in each région's latest snapshot on or before the end of
 * the period, is in one of `states` (compared without accents or case). A région without any
 * snapshot yet has no data; FR counts each RPPS once and is `partiel` when a région in scope has
 * no snapshot.
 */
export function volunteerSnapshotSql(states: readonly string[]): string {
  const list = states.map((s) => `'${s}'`).join(', ');
  return `
WITH snapshots AS (
  SELECT DISTINCT code_region, extract_date FROM clean.volontaires
),
snapshot_in_force AS (
  -- pour chaque période et chaque région : son dernier instantané au plus tard à la fin de la période
  SELECT p.period_type, p.period, s.code_region, max(s.extract_date) AS extract_date
  FROM periods p
  JOIN snapshots s ON s.extract_date <= p.period_end
  GROUP BY ALL
),
files_in_force AS (
  SELECT f.period_type, f.period, v.code_region, v.num_rpps
  FROM snapshot_in_force f
  JOIN clean.volontaires v ON v.code_region = f.code_region AND v.extract_date = f.extract_date
  WHERE strip_accents(lower(trim(v.etat))) IN (${list}) AND v.num_rpps IS NOT NULL
),
regions AS (
  SELECT period_type, period, geo_code AS code_region FROM geo_universe WHERE level = 'region'
),
by_region AS (
  SELECT r.period_type, r.period, r.code_region,
         count(DISTINCT f.num_rpps) AS volunteers,
         max(s.extract_date) IS NOT NULL AS has_snapshot
  FROM regions r
  LEFT JOIN snapshot_in_force s USING (period_type, period, code_region)
  LEFT JOIN files_in_force f USING (period_type, period, code_region)
  GROUP BY ALL
),
national AS (
  SELECT p.period_type, p.period,
         (SELECT count(DISTINCT f.num_rpps) FROM files_in_force f WHERE f.period_type = p.period_type AND f.period = p.period) AS volunteers,
         EXISTS (SELECT 1 FROM snapshot_in_force s WHERE s.period_type = p.period_type AND s.period = p.period) AS has_snapshot,
         EXISTS (SELECT 1 FROM by_region b WHERE b.period_type = p.period_type AND b.period = p.period AND NOT b.has_snapshot) AS region_missing
  FROM periods p
)
SELECT period_type, period, 'region' AS level, code_region AS geo_code,
       CASE WHEN has_snapshot THEN volunteers END AS numerator,
       CASE WHEN NOT has_snapshot THEN 'sans_donnees' END AS status
FROM by_region
UNION ALL
SELECT period_type, period, 'national', 'FR',
       CASE WHEN has_snapshot THEN volunteers END,
       CASE WHEN NOT has_snapshot THEN 'sans_donnees' WHEN region_missing THEN 'partiel' END
FROM national`;
}
