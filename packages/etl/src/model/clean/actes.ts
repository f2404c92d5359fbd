import { keyedCleanModel } from '../keyedRefresh.js';

/**
 * clean.actes: the latest version of each act (id_acte), left unsorted (millions of rows); more
 * than its declaration says: built by increment (keyedRefresh.ts: only the acts of new files).
 */
export const cleanActes = keyedCleanModel({
  table: 'clean.actes',
  sourceId: 'cnam.actes',
  rawTable: 'raw.cnam_actes',
  key: ['id_acte'],
  select: `r.id_acte, r.date_soins, r.num_rpps_executant, r.siret_lieu_execution, r.code_prestation, r.id_patient,
  r.tranche_age_patient, r.sexe_patient, CAST(r.patient_ald AS INTEGER) AS patient_ald,
  CAST(r.patient_avec_mt AS INTEGER) AS patient_avec_mt, r.code_commune_residence, r.montant_base, r.montant_depassement`,
});
