import { defineIndicator } from './indicatorDefinition.js';
import { actShareSql } from './actShareSql.js';
import { ACTS_SOURCES, ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_ACTS, NOTE_PROPORTION, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';

export const tauxDepassement = defineIndicator({
  id: 'taux_depassement',
  version: 1,
  theme: 'Prise en charge',
  label: "Actes avec dépassement d’honoraires",
  definition: "Actes avec montant_depassement > 0 ÷ actes réalisés (l’objectif est 0 : la mission se fait sans dépassement).",
  kind: 'ratio',
  numerator: 'Actes avec dépassement d’honoraires',
  denominator: 'Actes (consultations)',
  unit: '%',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...ACTS_SOURCES],
  secrecy: { numerator: 'actes', denominator: 'actes', rule: 'Masqué quand le numérateur ou le dénominateur compte de 1 à 10 actes ; secret secondaire.' },
  dependsOn: ['consultations'],
  limits: [NOTE_PROPORTION, "Les zones concernées sont aussi listées dans les alertes de la publication (depassement_honoraires).", NOTE_ACTS, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS],
  changes: [CREATED],
  sql: actShareSql('actes facturés avec un dépassement', "montant_depassement > 0"),
});
