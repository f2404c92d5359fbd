import { defineIndicator } from './indicatorDefinition.js';
import { ACTS_SOURCES, ALL_LEVELS, ALL_PERIODS, countSecrecyRule, CREATED, NOTE_GEO, NOTE_PLACEMENT, NOTE_SECRECY_ACTS, NOTE_SECRECY_TIME, NOTE_ZERO } from './conventions.js';
import { DISTINCT_COUNT_BY_KEY, distinctCountSql } from './distinctCountSql.js';

export const patientsDistincts = defineIndicator({
  id: 'patients_distincts',
  version: 2,
  theme: 'Prise en charge',
  label: 'Patients distincts',
  definition: 'Nombre de pseudonymes de patients (id_patient) distincts parmi les actes de la période aux lieux des zones en périmètre.',
  kind: 'count',
  numerator: 'Patients distincts',
  denominator: null,
  unit: 'patients',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...ACTS_SOURCES],
  secrecy: {
    numerator: 'patients_distincts',
    denominator: null,
    rule: countSecrecyRule('Repose sur le compte de patients distincts (groupe « patients_distincts »)', { masked: 9.4, former: 6.9 }, 'Ce compte ne s’additionne ni entre territoires ni entre périodes : l’audit le traite comme additif entre territoires (prudent) et chaque période comme un compte à part.'),
  },
  dependsOn: [],
  limits: [
    'Un patient vu dans deux zones compte dans chacune et une fois dans leurs territoires communs : les niveaux ne s’additionnent pas.',
    'Un acte sans pseudonyme de patient ne compte pas.',
    NOTE_PLACEMENT, NOTE_GEO, NOTE_ZERO, NOTE_SECRECY_ACTS, NOTE_SECRECY_TIME,
  ],
  changes: [CREATED, DISTINCT_COUNT_BY_KEY],
  sql: distinctCountSql(
    'patients vus, par jour et par zone',
    `SELECT day, code_epci, id_patient AS member FROM acts_in_scope WHERE id_patient IS NOT NULL`,
  ),
});
