/** Les en-têtes exacts de extracts.md, accents et espaces compris. */
export const HEADERS = {
  zones: ['Code EPCI', 'Nom EPCI', 'Code région', 'Date de désignation', 'Phase'],
  urgences: ['Code commune', "Temps d'accès SU (min)", "Temps d'accès SMUR (min)"],
  apl: [
    'Code commune INSEE',
    'Commune',
    "APL aux médecins généralistes (sans borne d'âge)",
    'APL aux médecins généralistes de moins de 65 ans',
    "Population standardisée par la consommation de soins par tranche d'âge",
  ],
  actes: [
    'id_acte', 'date_soins', 'num_rpps_executant', 'siret_lieu_execution', 'code_prestation', 'id_patient',
    'tranche_age_patient', 'sexe_patient', 'patient_ald', 'patient_avec_mt', 'code_commune_residence',
    'montant_base', 'montant_depassement',
  ],
  patientele: [
    'code_commune', 'trimestre', 'nb_patients_17plus', 'nb_patients_17plus_sans_mt', 'nb_patients_ald', 'nb_patients_ald_sans_mt',
  ],
  effectifs: ['annee', 'profession_sante', 'region', 'departement', 'libelle_classe_age', 'libelle_sexe', 'effectif', 'densite'],
  volontaires: [
    'ID', 'Email', 'Civilité', 'Nom', 'Prénom', 'État du dossier', 'Dernière mise à jour le', 'Déposé le',
    'Passé en instruction le', 'Traité le', 'Numéro RPPS', "Commune d'exercice principal", "Département de l'ordre",
    'Lieux solidaires souhaités', 'Nombre de jours par mois', 'Disponible à partir du',
  ],
  lieux: ['siret', 'nom_lieu', 'type_lieu', 'adresse', 'code_commune', 'code_epci', 'date_ouverture', 'date_fermeture'],
  journees: ['date', 'num_rpps', 'siret_lieu', 'creneau', 'statut', 'nb_rdv_proposes', 'nb_rdv_pris'],
  satisfaction: ['siret_lieu', 'mois', 'nb_reponses', 'note_moyenne', 'part_recommande'],
  docteursJuniors: ['num_rpps', 'semestre', 'date_debut', 'date_fin', 'siret_lieu', 'code_commune', 'num_rpps_msu', 'zonage', 'statut', 'actes_mois_precedent'],
  inseeCommunes: ['TYPECOM', 'COM', 'REG', 'DEP', 'CTCD', 'ARR', 'TNCC', 'NCC', 'NCCENR', 'LIBELLE', 'CAN', 'COMPARENT'],
  inseeEpci: ['EPCI', 'LIBEPCI', 'NATURE_EPCI', 'COM', 'POPULATION_MUNICIPALE'],
} as const satisfies Record<string, readonly string[]>;
