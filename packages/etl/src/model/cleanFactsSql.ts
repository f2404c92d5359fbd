import { allSnapshotsSql, latestByKeySql, latestSnapshotSql } from './latestVersionSql.js';

/** clean.lieux: the latest snapshot of each region; a SIRET listed by two regions keeps its newest row. */
export function cleanLieuxSql(asOf: string | undefined): string {
  return `
CREATE OR REPLACE TABLE clean.lieux AS
WITH latest AS (${latestSnapshotSql('ars.lieux', asOf)})
SELECT r.siret, r.nom_lieu, r.type_lieu, r.adresse, r.code_commune, r.code_epci, r.date_ouverture, r.date_fermeture,
  v.scope AS code_region_ars
FROM raw.ars_lieux AS r JOIN latest AS v ON v.file_id = r._file_id
QUALIFY row_number() OVER (PARTITION BY r.siret ORDER BY v.extract_date DESC NULLS LAST, v.arrived_at DESC, v.file_id DESC, r._line DESC) = 1
ORDER BY r.siret`;
}

/** clean.journees: the latest version of each (date, RPPS, lieu, créneau); a day counts 1 unit, a half-day ½. */
export function cleanJourneesSql(asOf: string | undefined): string {
  const select = `r.date, r.num_rpps, r.siret_lieu, r.creneau, r.statut,
  CAST(r.nb_rdv_proposes AS INTEGER) AS nb_rdv_proposes, CAST(r.nb_rdv_pris AS INTEGER) AS nb_rdv_pris,
  CASE r.creneau WHEN 'JOURNEE' THEN 1.0 ELSE 0.5 END::DOUBLE AS unites,
  v.scope AS code_region_ars`;
  return `
CREATE OR REPLACE TABLE clean.journees AS
${latestByKeySql('ars.journees', 'raw.ars_journees', ['date', 'num_rpps', 'siret_lieu', 'creneau'], select, asOf)}
ORDER BY date, siret_lieu, num_rpps, creneau`;
}

const ACTES_SELECT = `r.id_acte, r.date_soins, r.num_rpps_executant, r.siret_lieu_execution, r.code_prestation, r.id_patient,
  r.tranche_age_patient, r.sexe_patient, CAST(r.patient_ald AS INTEGER) AS patient_ald,
  CAST(r.patient_avec_mt AS INTEGER) AS patient_avec_mt, r.code_commune_residence, r.montant_base, r.montant_depassement`;

/** clean.actes: the latest version of each act (id_acte). */
export function cleanActesSql(asOf: string | undefined): string {
  return `
CREATE OR REPLACE TABLE clean.actes AS
${latestByKeySql('cnam.actes', 'raw.cnam_actes', ['id_acte'], ACTES_SELECT, asOf)}`;
}

/** The latest version of the acts whose id_acte is in the temporary table `changed_acts` (an increment of clean.actes). */
export function changedActesSql(asOf: string | undefined): string {
  return latestByKeySql('cnam.actes', 'raw.cnam_actes', ['id_acte'], ACTES_SELECT, asOf, 'r.id_acte IN (SELECT id_acte FROM changed_acts)');
}

/**
 * clean.volontaires: every snapshot (a region's export at a date), one row per dossier; names and
 * e-mails stay in raw.
 */
export function cleanVolontairesSql(asOf: string | undefined): string {
  return `
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
ORDER BY code_region, extract_date, id_dossier`;
}
