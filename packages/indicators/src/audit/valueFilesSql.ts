/**
 * The input files of one value, from the lineage of its run (warehouse tables, or the same query
 * over the publication with `publication` names). Parameters: $run, $id, $start, $end (DATE),
 * $level, $geo. An activity file (ars.journees, cnam.actes) is listed when it has rows dated in
 * the period at a place of the territory (rows_used = those rows); any other file of the
 * indicator's sources, dated on or before the run's date, is listed whole (rows_used = its loaded
 * rows), as is an activity file of a run without activity lineage (raw table absent) — except,
 * below the national level, a file of a regional scope (an ARS snapshot) of another région than
 * the territory's: a zone, a département or a région reads its own ARS's snapshots. Columns: source_id, path, file_id, status, extract_date, rows_used, rows_loaded, rows_rejected.
 */
export const VALUE_FILES_SQL = `
WITH zones AS (
  SELECT code_geo AS code_epci FROM publish.territoires
  WHERE niveau = 'zone' AND (
    $level = 'national'
    OR ($level = 'region' AND code_region = $geo)
    OR ($level = 'departement' AND code_departement = $geo)
    OR ($level = 'zone' AND code_geo = $geo))
),
activity AS (
  SELECT a.file_id, sum(a."rows") AS rows_used
  FROM indicators.lineage_activity a
  WHERE a.run_id = $run AND a.day BETWEEN $start::DATE AND $end::DATE AND a.code_epci IN (SELECT code_epci FROM zones)
  GROUP BY ALL
),
tracked AS (SELECT DISTINCT source_id FROM indicators.lineage_activity WHERE run_id = $run),
territory_region AS (SELECT DISTINCT code_region FROM publish.territoires WHERE niveau = $level AND code_geo = $geo)
SELECT f.source_id, f.path, f.file_id, f.status, f.extract_date::VARCHAR AS extract_date,
       CASE WHEN f.source_id IN (SELECT source_id FROM tracked) THEN
         CASE WHEN f.status = 'doublon' THEN 0 ELSE a.rows_used END
       ELSE f.rows_loaded END AS rows_used,
       f.rows_loaded, f.rows_rejected
FROM indicators.lineage_files f
LEFT JOIN activity a USING (file_id)
WHERE f.run_id = $run AND f.indicator_id = $id
  AND (f.source_id NOT IN (SELECT source_id FROM tracked) OR a.rows_used > 0)
  AND (f.source_id IN (SELECT source_id FROM tracked) OR f.scope IS NULL OR $level = 'national'
       OR f.scope IN (SELECT code_region FROM territory_region))
ORDER BY f.source_id, f.path`;
