import { defineIndicator } from './indicatorDefinition.js';
import { actCountSecrecy, ACTS_SOURCES, ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_POPULATION, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';
import { perPopulationSql } from './perPopulationSql.js';

export const consultationsPour1000Hab = defineIndicator({
  id: 'consultations_pour_1000_hab',
  version: 1,
  theme: 'Prise en charge',
  label: 'Actes pour 1 000 habitants',
  definition: 'Actes réalisés ÷ population des zones en périmètre × 1 000.',
  kind: 'ratio',
  numerator: 'Actes (consultations)',
  denominator: 'Population municipale des zones en périmètre',
  unit: 'actes pour 1 000 habitants',
  scale: 1000,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...ACTS_SOURCES],
  secrecy: actCountSecrecy('numerator', { masked: 17.9, former: 6.5 }, 'la population n’est pas couverte'),
  dependsOn: ['consultations'],
  limits: [NOTE_POPULATION, 'Non annualisé.', NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS],
  changes: [CREATED],
  sql: perPopulationSql('consultations'),
});
