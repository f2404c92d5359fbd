import { defineIndicator } from './indicatorDefinition.js';
import { actShareSql } from './actShareSql.js';
import { ACTS_SOURCES, ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_ACTS, NOTE_PROPORTION, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';

export const partPatientsAld = defineIndicator({
  id: 'part_patients_ald',
  version: 1,
  theme: 'Prise en charge',
  label: "Part des actes pour des patients en ALD",
  definition: "Actes dont le patient est en affection de longue durée (patient_ald = 1) ÷ actes réalisés.",
  kind: 'ratio',
  numerator: 'Actes pour des patients en ALD',
  denominator: 'Actes (consultations)',
  unit: '%',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...ACTS_SOURCES],
  secrecy: {
    numerator: 'actes_ald',
    denominator: 'actes',
    rule: 'Numérateur : actes de patients en ALD (groupe « actes_ald ») ; dénominateur : le compte d’actes (groupe « actes », partagé avec consultations, consultations_par_jour, consultations_pour_1000_hab, cout_par_acte et les parts d’actes) ; la valeur est masquée si l’un des deux l’est : une seule décision par compte, territoire et période pour toute la publication ; masqué de 1 à 10 (primaire) et là où une soustraction le révélerait (secondaire : entre territoires, entre semaines, mois et cumuls, entre indicateurs qui partagent le compte), vérifié par l’audit à chaque publication (docs/secret-statistique.md). Coût mesuré sur la démonstration (154 zones, 21 semaines) : 19,7 % des valeurs masquées, contre 16,3 % avec l’ancienne règle qui laissait fuir des comptes.',
  },
  dependsOn: ['consultations'],
  limits: [NOTE_PROPORTION, "Un acte dont patient_ald est vide compte au dénominateur seulement.", NOTE_ACTS, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS],
  changes: [CREATED],
  sql: actShareSql('actes de patients en ALD', "patient_ald = 1"),
});
