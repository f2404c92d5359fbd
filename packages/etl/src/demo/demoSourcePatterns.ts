/** Les motifs de noms de fichiers de extracts.md, par source (chemin relatif au dossier de dépôt). */
export const DEMO_SOURCE_PATTERNS: Record<string, RegExp> = {
  'drees.apl': /^drees\/(?:[^/]*APL[^/]*\.xlsx|apl_mg_\d{4}\.csv)$/,
  'drees.zones': /^drees\/zones_prioritaires_\d{8}\.csv$/,
  'drees.urgences': /^drees\/acces_urgences_\d{4}\.csv$/,
  'cnam.actes': /^cnam\/actes_mission_\d{4}-S\d{2}\.csv$/,
  'cnam.patientele': /^cnam\/patientele_mt_\d{4}T[1-4]\.csv$/,
  'cnam.effectifs': /^cnam\/effectifs_mg_\d{4}\.csv$/,
  'ars.volontaires': /^ars\/volontaires_[0-9AB]{2,3}_\d{8}\.csv$/,
  'ars.lieux': /^ars\/lieux_[0-9AB]{2,3}_\d{8}\.csv$/,
  'ars.journees': /^ars\/journees_[0-9AB]{2,3}_\d{4}-S\d{2}\.csv$/,
  'ars.satisfaction': /^ars\/satisfaction_[0-9AB]{2,3}_\d{4}-\d{2}\.csv$/,
  'ars.docteurs_juniors': /^ars\/docteurs_juniors_[0-9AB]{2,3}_\d{8}\.csv$/,
  'insee.communes': /^insee\/communes_\d{4}\.csv$/,
  'insee.epci': /^insee\/epci_\d{4}\.csv$/,
};
