import { defineIndicator } from './indicatorDefinition.js';
import { actShareSql } from './actShareSql.js';
import { ACTS_SOURCES, ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_ACTS, NOTE_PROPORTION, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';

export const partVisites = defineIndicator({
  id: 'part_visites',
  version: 1,
  theme: 'Prise en charge',
  label: "Part des visites à domicile",
  definition: "Actes codés VG ou VGS (visites) ÷ actes réalisés.",
  kind: 'ratio',
  numerator: 'Visites à domicile (VG, VGS)',
  denominator: 'Actes (consultations)',
  unit: '%',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...ACTS_SOURCES],
  secrecy: { numerator: 'actes', denominator: 'actes', rule: 'Masqué quand le numérateur ou le dénominateur compte de 1 à 10 actes ; secret secondaire.' },
  dependsOn: ['consultations'],
  limits: [NOTE_PROPORTION, "Les téléconsultations (TCG) et autres codes comptent au dénominateur.", NOTE_ACTS, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS],
  changes: [CREATED],
  sql: actShareSql('visites à domicile', "code_prestation IN ('VG', 'VGS')"),
});
