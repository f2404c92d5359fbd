import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, DAYS_SOURCES, NOTE_PLACEMENT, NOTE_PROPORTION, NOTE_RATIO_EMPTY, NOTE_UNITS } from './conventions.js';

export const tauxAnnulation = defineIndicator({
  id: 'taux_annulation',
  version: 1,
  theme: 'Mobilisation des volontaires',
  label: 'Taux d’annulation',
  definition: 'Unités de journée annulées ÷ (unités réalisées + unités annulées), pour les journées datées dans la période.',
  kind: 'ratio',
  numerator: 'Unités de journée annulées (statut ANNULEE)',
  denominator: 'Unités de journée réalisées ou annulées',
  unit: '%',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...DAYS_SOURCES],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : des journées de volontaires.' },
  dependsOn: [],
  limits: [
    NOTE_PROPORTION,
    'Les journées encore planifiées (PLANIFIEE) ne comptent ni au numérateur ni au dénominateur ; une journée est datée par sa date prévue, pas par la date de l’annulation.',
    NOTE_UNITS, NOTE_PLACEMENT, NOTE_RATIO_EMPTY,
  ],
  changes: [CREATED],
  sql: `
WITH units_by_day AS (
  SELECT day, code_epci,
         sum(unites) FILTER (WHERE statut = 'ANNULEE') AS cancelled,
         sum(unites) FILTER (WHERE statut IN ('REALISEE', 'ANNULEE')) AS decided
  FROM days_in_scope
  GROUP BY ALL
),
by_period AS (
  SELECT dp.period_type, dp.period, g.level, g.geo_code,
         coalesce(sum(u.cancelled), 0) AS cancelled, coalesce(sum(u.decided), 0) AS decided
  FROM units_by_day u
  JOIN day_periods dp ON dp.day = u.day
  JOIN zone_geo g ON g.code_epci = u.code_epci
  GROUP BY ALL
)
SELECT period_type, period, level, geo_code, cancelled AS numerator, decided AS denominator
FROM by_period`,
});
