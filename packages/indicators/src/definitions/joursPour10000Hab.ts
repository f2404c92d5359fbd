import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, DAYS_SOURCES, NOTE_POPULATION, NOTE_RATIO_EMPTY } from './conventions.js';
import { perPopulationSql } from './perPopulationSql.js';

export const joursPour10000Hab = defineIndicator({
  id: 'jours_pour_10000_hab',
  dashboard: { tableColumn: 9, ranksZones: true },
  version: 1,
  theme: 'Couverture des zones',
  label: 'Journées pour 10 000 habitants',
  definition: 'Journées réalisées ÷ population des zones en périmètre × 10 000.',
  kind: 'ratio',
  numerator: 'Journées réalisées (jours_realises)',
  denominator: 'Population municipale des zones en périmètre',
  unit: 'journées pour 10 000 habitants',
  scale: 10000,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...DAYS_SOURCES],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun.' },
  dependsOn: ['jours_realises'],
  limits: [NOTE_POPULATION, 'Non annualisé : une semaine, un mois ou le cumul depuis le lancement.', NOTE_RATIO_EMPTY],
  changes: [CREATED],
  sql: perPopulationSql('jours_realises'),
});
