/**
 * SQL counting distinct RPPS whose file, in each région's latest snapshot on or before the end of
 * the period, is in one of `states` (compared without accents or case). Each export is a full
 * snapshot: an export without any dossier (header only) counts 0. It leaves no row in
 * clean.volontaires, so the snapshots are also read from the file ledger: an `ars.volontaires` file
 * loaded, or a `doublon` of one, whose loaded file had no line (`scope` = région, `extract_date`),
 * as the model reads versions (a file whose lines were all rejected is no snapshot). A région
 * without any snapshot yet has no data; FR counts each RPPS once and is `partiel` when a région in
 * scope has no snapshot.
 *
 * Cost (issue #14): each snapshot's RPPS are counted once, not once per period it is in force; FR
 * counts the RPPS of a set of snapshots in force once for all the periods that share that set.
 */
export function volunteerSnapshotSql(states: readonly string[]): string {
  const list = states.map((s) => `'${s}'`).join(', ');
  return `
WITH loaded_files AS (
  -- lignes lues du fichier chargé ; un doublon (mêmes octets, autre nom) est un instantané daté par son nom
  SELECT file_id, max(rows_read) AS rows_read FROM ledger.files
  WHERE status IN ('charge', 'charge_avec_rejets') GROUP BY file_id
),
empty_snapshots AS (
  -- exports sans aucun dossier (en-tête seul) : instantanés qui ne laissent aucune ligne dans clean.volontaires
  SELECT DISTINCT f.scope AS code_region, f.extract_date
  FROM ledger.files f
  JOIN loaded_files o USING (file_id)
  WHERE f.source_id = 'ars.volontaires' AND f.status IN ('charge', 'charge_avec_rejets', 'doublon')
    AND o.rows_read = 0 AND f.scope IS NOT NULL AND f.extract_date IS NOT NULL
),
snapshots AS (
  SELECT DISTINCT code_region, extract_date FROM clean.volontaires
  UNION
  SELECT code_region, extract_date FROM empty_snapshots
),
snapshot_in_force AS (
  -- pour chaque période et chaque région : son dernier instantané au plus tard à la fin de la période
  SELECT p.period_type, p.period, s.code_region, max(s.extract_date) AS extract_date
  FROM periods p
  JOIN snapshots s ON s.extract_date <= p.period_end
  GROUP BY ALL
),
snapshot_members AS (
  -- chaque instantané : ses RPPS dans les états comptés, une fois
  SELECT DISTINCT code_region, extract_date, num_rpps
  FROM clean.volontaires
  WHERE strip_accents(lower(trim(etat))) IN (${list}) AND num_rpps IS NOT NULL
),
snapshot_counts AS (
  SELECT code_region, extract_date, count(*) AS volunteers FROM snapshot_members GROUP BY ALL
),
regions AS (
  SELECT period_type, period, geo_code AS code_region FROM geo_universe WHERE level = 'region'
),
by_region AS (
  -- une région compte les RPPS de son instantané en vigueur, compté une fois pour toutes les périodes
  SELECT r.period_type, r.period, r.code_region,
         coalesce(c.volunteers, 0) AS volunteers,
         s.extract_date IS NOT NULL AS has_snapshot
  FROM regions r
  LEFT JOIN snapshot_in_force s USING (period_type, period, code_region)
  LEFT JOIN snapshot_counts c ON c.code_region = s.code_region AND c.extract_date = s.extract_date
),
in_force_sets AS (
  -- les instantanés en vigueur à chaque période ; les périodes qui ont les mêmes se comptent une fois
  SELECT period_type, period, string_agg(code_region || ' ' || CAST(extract_date AS VARCHAR), ',' ORDER BY code_region) AS snapshot_set
  FROM snapshot_in_force
  GROUP BY ALL
),
set_counts AS (
  SELECT x.snapshot_set, count(DISTINCT m.num_rpps) AS volunteers
  FROM (SELECT DISTINCT i.snapshot_set, s.code_region, s.extract_date FROM in_force_sets i JOIN snapshot_in_force s USING (period_type, period)) x
  JOIN snapshot_members m USING (code_region, extract_date)
  GROUP BY ALL
),
national AS (
  SELECT p.period_type, p.period,
         coalesce(c.volunteers, 0) AS volunteers,
         i.snapshot_set IS NOT NULL AS has_snapshot,
         EXISTS (SELECT 1 FROM by_region b WHERE b.period_type = p.period_type AND b.period = p.period AND NOT b.has_snapshot) AS region_missing
  FROM periods p
  LEFT JOIN in_force_sets i USING (period_type, period)
  LEFT JOIN set_counts c USING (snapshot_set)
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
