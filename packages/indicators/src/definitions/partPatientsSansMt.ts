import { defineIndicator } from './indicatorDefinition.js';
import { actShareSql } from './actShareSql.js';
import { ACTS_SOURCES, ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_ACTS, NOTE_PROPORTION, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';

export const partPatientsSansMt = defineIndicator({
  id: 'part_patients_sans_mt',
  version: 1,
  theme: 'Prise en charge',
  dashboard: { keyFigure: 6, tableColumn: 7 },
  label: "Part des actes pour des patients sans médecin traitant",
  definition: "Actes dont le patient n’a pas de médecin traitant (patient_avec_mt = 0) ÷ actes réalisés.",
  kind: 'ratio',
  numerator: 'Actes pour des patients sans médecin traitant',
  denominator: 'Actes (consultations)',
  unit: '%',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...ACTS_SOURCES],
  secrecy: {
    numerator: 'actes_sans_mt',
    denominator: 'actes',
    rule: 'Numérateur : actes de patients sans médecin traitant (groupe « actes_sans_mt ») ; dénominateur : le compte d’actes (groupe « actes », partagé avec consultations, consultations_par_jour, consultations_pour_1000_hab, cout_par_acte et les parts d’actes) ; la valeur est masquée si l’un des deux l’est : une seule décision par compte, territoire et période pour toute la publication ; masqué de 1 à 10 (primaire) et là où une soustraction le révélerait (secondaire : entre territoires, entre semaines, mois et cumuls, entre indicateurs qui partagent le compte), vérifié par l’audit à chaque publication (docs/secret-statistique.md). Coût mesuré sur la démonstration (154 zones, 21 semaines) : 19,3 % des valeurs masquées, contre 14,0 % avec l’ancienne règle qui laissait fuir des comptes.',
  },
  dependsOn: ['consultations'],
  limits: [NOTE_PROPORTION, "Un acte dont patient_avec_mt est vide compte au dénominateur seulement.", NOTE_ACTS, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS],
  changes: [CREATED],
  sql: actShareSql('actes de patients sans médecin traitant', "patient_avec_mt = 0"),
});
