import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, DAYS_SOURCES, NOTE_PLACEMENT, NOTE_UNITS, NOTE_ZERO } from './conventions.js';
import { sumByPeriodSql } from './sumByPeriodSql.js';

export const indemnitesEur = defineIndicator({
  id: 'indemnites_eur',
  version: 1,
  theme: 'Coût',
  dashboard: { keyFigure: 7, tableColumn: 8 },
  label: 'Indemnités versées (€)',
  definition: 'Unités de journée réalisées × indemnité journalière en vigueur le jour de la journée.',
  kind: 'count',
  numerator: 'Indemnités des journées réalisées (€)',
  denominator: null,
  unit: '€',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...DAYS_SOURCES],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : un montant, pas un compte de patients ou d’actes.' },
  dependsOn: [],
  limits: [
    'Indemnité en vigueur : la valeur du paramètre daté indemnite_journaliere (config/parametres.json, ref.parametres) dont la date de début est la plus récente au plus tard le jour de la journée ; une demi-journée vaut la moitié.',
    'Sans paramètre déclaré dans l’entrepôt, 200 € à partir du 01/09/2025 (indicators.md) ; une journée antérieure à toute date de début n’est pas valorisée.',
    'Montant calculé à partir des journées déclarées réalisées, pas des paiements effectifs.',
    NOTE_UNITS, NOTE_PLACEMENT, NOTE_ZERO,
  ],
  changes: [CREATED],
  sql: `
WITH declared_rates AS (
  SELECT date_debut, valeur FROM ref.parametres WHERE nom = 'indemnite_journaliere'
),
rates AS (
  SELECT date_debut, valeur FROM declared_rates
  UNION ALL
  SELECT DATE '2025-09-01', 200.0 WHERE NOT EXISTS (SELECT 1 FROM declared_rates)
),
realised_days AS (
  SELECT day, code_epci, sum(unites) AS unites
  FROM days_in_scope
  WHERE statut = 'REALISEE'
  GROUP BY ALL
),
priced AS (
  -- le taux en vigueur le jour de la journée
  SELECT r.day, r.code_epci, r.unites * t.valeur AS euros
  FROM realised_days r
  ASOF LEFT JOIN rates t ON r.day >= t.date_debut
),
${sumByPeriodSql('by_period', 'priced', 'p', 'euros')}
SELECT period_type, period, level, geo_code, coalesce(euros, 0) AS numerator
FROM by_period`,
});
