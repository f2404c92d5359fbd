import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, DAYS_SOURCES, NOTE_RATIO_EMPTY } from './conventions.js';
import { ratioOfComputedSql } from './ratioOfComputedSql.js';

export const joursParVolontaire = defineIndicator({
  id: 'jours_par_volontaire',
  version: 1,
  theme: 'Mobilisation des volontaires',
  label: 'Journées par volontaire actif',
  definition: 'Journées réalisées ÷ volontaires actifs, dans la période.',
  kind: 'ratio',
  numerator: 'Journées réalisées (jours_realises)',
  denominator: 'Volontaires actifs (vol_actifs)',
  unit: 'journées par volontaire',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...DAYS_SOURCES],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : des journées et des médecins volontaires.' },
  dependsOn: ['jours_realises', 'vol_actifs'],
  limits: ['Les volontaires actifs ne s’additionnent pas entre zones (voir vol_actifs) : le ratio d’un département n’est pas la moyenne de ses zones.', NOTE_RATIO_EMPTY],
  changes: [CREATED],
  sql: ratioOfComputedSql('jours_realises', 'vol_actifs'),
});
