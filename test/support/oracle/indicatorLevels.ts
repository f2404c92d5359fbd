import type { Level, PeriodType } from './oracleTypes.js';

const ALL: Level[] = ['zone', 'departement', 'region', 'national'];
const WITHOUT_ZONE: Level[] = ['departement', 'region', 'national'];

/** Every indicator of indicators.md and the geographic levels its table gives it. */
export const INDICATOR_LEVELS: Readonly<Record<string, Level[]>> = {
  vol_candidatures: ['region', 'national'],
  vol_acceptes: ['region', 'national'],
  vol_actifs: ALL,
  jours_realises: ALL,
  taux_annulation: ALL,
  jours_par_volontaire: ALL,
  zones_couvertes: WITHOUT_ZONE,
  taux_zones_couvertes: WITHOUT_ZONE,
  taux_population_couverte: WITHOUT_ZONE,
  lieux_actifs: ALL,
  jours_pour_10000_hab: ALL,
  consultations: ALL,
  consultations_pour_1000_hab: ALL,
  consultations_par_jour: ALL,
  patients_distincts: ALL,
  part_patients_sans_mt: ALL,
  part_patients_ald: ALL,
  part_visites: ALL,
  taux_depassement: ALL,
  satisfaction_moyenne: ALL,
  indemnites_eur: ALL,
  cout_par_acte: ALL,
  apl_mg: ALL,
  part_17plus_sans_mt: ALL,
  part_mg_60plus: WITHOUT_ZONE,
  temps_acces_urgences: ALL,
  besoin_consultations_an: ALL,
  besoin_journees_mois: ALL,
  taux_couverture_besoin: ALL,
  rythme_journees_mois: ALL,
  journees_manquantes_mois: ALL,
  dj_en_poste: ALL,
  zones_avec_dj: WITHOUT_ZONE,
  dj_seuil_200_actes: ['region', 'national'],
  primes_dj_eur: ['region', 'national'],
};

/** The period types of an indicator whose table says which (`primes_dj_eur`: "Periods: `mois`, `cumul`"); others have all three. */
export const INDICATOR_PERIOD_TYPES: Readonly<Record<string, PeriodType[]>> = {
  primes_dj_eur: ['mois', 'cumul'],
};
