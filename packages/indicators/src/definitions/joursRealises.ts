import { defineIndicator } from './indicatorDefinition.js';
import { realisedDaysSql } from './realisedDaysSql.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, DAYS_SOURCES, NOTE_GEO, NOTE_PERIODS, NOTE_PLACEMENT, NOTE_UNITS, NOTE_ZERO } from './conventions.js';
import { sumByPeriodSql } from './sumByPeriodSql.js';

export const joursRealises = defineIndicator({
  id: 'jours_realises',
  version: 1,
  theme: 'Mobilisation des volontaires',
  dashboard: { keyFigure: 2, tableColumn: 2, needPanel: 'realise' },
  label: 'Journées réalisées',
  definition: 'Somme des unités de journée réalisées (statut REALISEE) datées dans la période, aux lieux des zones en périmètre.',
  kind: 'count',
  numerator: 'Unités de journée réalisées',
  denominator: null,
  unit: 'journées',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...DAYS_SOURCES],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : un nombre de journées n’est ni un compte de patients ni un compte d’actes.' },
  dependsOn: [],
  limits: [NOTE_UNITS, NOTE_PLACEMENT, NOTE_GEO, NOTE_PERIODS, NOTE_ZERO,
    'Deux créneaux distincts du même volontaire le même jour au même lieu (JOURNEE et MATIN) comptent chacun.'],
  changes: [CREATED],
  sql: `
WITH ${realisedDaysSql('realised_days')},
${sumByPeriodSql('by_period', 'realised_days', 'r', 'unites', "chaque jour compte dans sa semaine, son mois et les cumuls qui l'incluent, à chaque niveau")}
SELECT period_type, period, level, geo_code, unites AS numerator
FROM by_period`,
});
