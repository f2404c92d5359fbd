import type { CleanModel } from '../cleanModel.js';
import { snapshotVersionsSql } from '../latestVersionSql.js';

/**
 * clean.zones: every EPCI of any zone list, as the latest list holding it describes it. A list is
 * a version of drees.zones, ordered by its name's date then arrival. A zone absent from the newest
 * list gets `date_retrait`: the date the first later list without it came into force (its latest
 * date of designation, and not before the list's own date).
 */
export const cleanZones: CleanModel = {
  table: 'clean.zones',
  sql: (asOf) => `
CREATE OR REPLACE TABLE clean.zones AS
WITH lists AS (
  SELECT file_id, extract_date, row_number() OVER (ORDER BY extract_date NULLS FIRST, arrived_at, file_id) AS list_no
  FROM (${snapshotVersionsSql('drees.zones', asOf)})
),
entries AS (
  SELECT z.*, l.list_no FROM raw.drees_zones AS z JOIN lists AS l ON l.file_id = z._file_id
  QUALIFY row_number() OVER (PARTITION BY l.list_no, z.code_epci ORDER BY z._line DESC) = 1
),
list_dates AS (
  SELECT l.list_no, greatest(max(e.date_designation), l.extract_date) AS in_force_from
  FROM lists AS l LEFT JOIN entries AS e USING (list_no)
  GROUP BY l.list_no, l.extract_date
),
last_seen AS (
  SELECT * FROM entries QUALIFY row_number() OVER (PARTITION BY code_epci ORDER BY list_no DESC) = 1
)
SELECT s.code_epci, s.nom_epci AS libelle, s.code_region, s.date_designation, s.phase,
  CASE WHEN s.list_no < (SELECT max(list_no) FROM lists) THEN d.in_force_from END AS date_retrait
FROM last_seen AS s LEFT JOIN list_dates AS d ON d.list_no = s.list_no + 1
ORDER BY s.code_epci`,
};
