import { defineIndicator } from './indicatorDefinition.js';
import { actCountSecrecy, ACTS_SOURCES, ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_ACTS, NOTE_GEO, NOTE_PERIODS, NOTE_PLACEMENT, NOTE_SECRECY_ACTS, NOTE_SECRECY_TIME, NOTE_ZERO } from './conventions.js';
import { sumByPeriodSql } from './sumByPeriodSql.js';

export const consultations = defineIndicator({
  id: 'consultations',
  version: 1,
  theme: 'Prise en charge',
  dashboard: { keyFigure: 5, tableColumn: 6 },
  label: 'Actes réalisés',
  definition: 'Nombre d’actes (cnam.actes) datés dans la période (date_soins) aux lieux des zones en périmètre.',
  kind: 'count',
  numerator: 'Actes',
  denominator: null,
  unit: 'actes',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...ACTS_SOURCES],
  secrecy: actCountSecrecy('count', { masked: 17.9, former: 6.5 }),
  dependsOn: [],
  limits: [NOTE_ACTS, 'Tous les codes de prestation comptent (consultations, visites, téléconsultations, autres).',
    NOTE_PLACEMENT, NOTE_GEO, NOTE_PERIODS, NOTE_ZERO, NOTE_SECRECY_ACTS, NOTE_SECRECY_TIME],
  changes: [CREATED],
  sql: `
WITH acts_by_day AS (
  -- actes par jour et par zone
  SELECT day, code_epci, count(*) AS acts
  FROM acts_in_scope
  GROUP BY ALL
),
${sumByPeriodSql('by_period', 'acts_by_day', 'a', 'acts')}
SELECT period_type, period, level, geo_code, acts AS numerator
FROM by_period`,
});
