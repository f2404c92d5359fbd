import { defineIndicator } from './indicatorDefinition.js';
import { actShareSql } from './actShareSql.js';
import { ACTS_SOURCES, ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_ACTS, NOTE_PROPORTION, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';

export const partPatientsSansMt = defineIndicator({
  id: 'part_patients_sans_mt',
  version: 1,
  theme: 'Prise en charge',
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
  secrecy: { numerator: 'actes', denominator: 'actes', rule: 'Masqué quand le numérateur ou le dénominateur compte de 1 à 10 actes ; secret secondaire.' },
  dependsOn: ['consultations'],
  limits: [NOTE_PROPORTION, "Un acte dont patient_avec_mt est vide compte au dénominateur seulement.", NOTE_ACTS, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS],
  changes: [CREATED],
  sql: actShareSql('actes de patients sans médecin traitant', "patient_avec_mt = 0"),
});
