import type { CleanModel } from '../cleanModel.js';
import { allSnapshotsSql } from '../latestVersionSql.js';

/**
 * clean.volontaires: every snapshot (a region's export at a date), not only the latest, one row
 * per dossier, the wished lieux as a list; names and e-mails stay in raw.
 */
export const cleanVolontaires: CleanModel = {
  table: 'clean.volontaires',
  sql: (asOf) => `
CREATE OR REPLACE TABLE clean.volontaires AS
WITH snapshots AS (${allSnapshotsSql('ars.volontaires', asOf)})
SELECT s.scope AS code_region, s.extract_date, v.id_dossier, v.num_rpps, v.etat,
  CAST(v.date_depot AS DATE) AS date_depot, CAST(v.date_traitement AS DATE) AS date_traitement,
  CAST(v.nb_jours_par_mois AS INTEGER) AS nb_jours_par_mois,
  CASE WHEN v.lieux_souhaites IS NULL THEN []::VARCHAR[]
       ELSE list_filter(list_transform(string_split(v.lieux_souhaites, ','), x -> trim(x)), x -> x <> '') END AS lieux_souhaites,
  v.commune_exercice, v.departement_ordre
FROM raw.ars_volontaires AS v JOIN snapshots AS s ON s.file_id = v._file_id
QUALIFY row_number() OVER (PARTITION BY s.scope, s.extract_date, v.id_dossier ORDER BY v._line DESC) = 1
ORDER BY code_region, extract_date, id_dossier`,
};
