import type { CleanModel } from '../cleanModel.js';
import { allSnapshotsSql } from '../latestVersionSql.js';

/**
 * clean.docteurs_juniors: every snapshot, one row per assignment (num_rpps, semestre), with the
 * EPCI of its commune in the referential. RPPS numbers stay in the warehouse (never published).
 */
export const cleanDocteursJuniors: CleanModel = {
  table: 'clean.docteurs_juniors',
  sql: (asOf) => `
CREATE OR REPLACE TABLE clean.docteurs_juniors AS
WITH snapshots AS (${allSnapshotsSql('ars.docteurs_juniors', asOf)})
SELECT s.scope AS code_region, s.extract_date, d.num_rpps, d.semestre,
  CAST(d.date_debut AS DATE) AS date_debut, CAST(d.date_fin AS DATE) AS date_fin,
  d.siret_lieu, d.code_commune, c.code_epci, d.num_rpps_msu, d.zonage, d.statut,
  CAST(d.actes_mois_precedent AS INTEGER) AS actes_mois_precedent
FROM raw.ars_docteurs_juniors AS d
JOIN snapshots AS s ON s.file_id = d._file_id
LEFT JOIN ref.communes AS c ON c.code_commune = d.code_commune
QUALIFY row_number() OVER (PARTITION BY s.scope, s.extract_date, d.num_rpps, d.semestre ORDER BY d._line DESC) = 1
ORDER BY code_region, extract_date, num_rpps, semestre`,
};
