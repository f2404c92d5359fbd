import { defineIndicator } from './indicatorDefinition.js';
import { realisedDaysSql } from './realisedDaysSql.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, DAYS_SOURCES, NOTE_GEO, NOTE_PLACEMENT, NOTE_UNITS } from './conventions.js';
import { COVERAGE_WINDOW_DAYS, inCoverageWindowSql } from '../compute/coverageWindow.js';
import { DAYS_PER_MONTH } from './tauxCouvertureBesoin.js';

export const rythmeJourneesMois = defineIndicator({
  id: 'rythme_journees_mois',
  version: 1,
  theme: 'Besoin et objectifs',
  dashboard: { needPanel: 'rythme' },
  label: 'Journées réalisées par mois au rythme des 4 dernières semaines',
  definition:
    'Unités de journée réalisées dans les 28 jours qui finissent le dernier jour de la période (les 4 dernières semaines), ramenées à un mois moyen : × 30,44 ÷ 28.',
  kind: 'ratio',
  numerator: 'Unités de journée réalisées dans les 28 jours qui finissent le dernier jour de la période',
  denominator: '28 jours (la valeur est multipliée par 30,44 jours d’un mois moyen)',
  unit: 'journées par mois',
  scale: DAYS_PER_MONTH,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...DAYS_SOURCES],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : un nombre de journées n’est ni un compte de patients ni un compte d’actes.' },
  dependsOn: [],
  limits: [
    'Fenêtre : les 28 jours qui finissent le dernier jour de la période, celui-ci compris (pour une semaine : elle et les 3 précédentes ; pour le mois en cours, jusqu’au dernier dimanche calculé ; pour le cumul, les 28 jours qui précèdent sa fin) ; un mois moyen compte 30,44 jours (365,25 ÷ 12).',
    'Sert à journees_manquantes_mois : le rythme récent de la mission face au besoin mensuel (besoin_journees_mois).',
    'Une zone en périmètre sans journée réalisée dans la fenêtre vaut 0.',
    NOTE_UNITS, NOTE_PLACEMENT, NOTE_GEO,
  ],
  changes: [CREATED],
  sql: `
WITH ${realisedDaysSql('realised_days')},
window_days AS (
  -- chaque jour compte dans les périodes dont les ${COVERAGE_WINDOW_DAYS} derniers jours le contiennent, à chaque niveau
  SELECT p.period_type, p.period, g.level, g.geo_code, sum(r.unites) AS unites
  FROM periods p
  JOIN realised_days r ON ${inCoverageWindowSql('r.day', 'p.period_end')}
  JOIN zone_geo g ON g.code_epci = r.code_epci
  GROUP BY ALL
)
SELECT u.period_type, u.period, u.level, u.geo_code,
       coalesce(w.unites, 0) AS numerator, ${COVERAGE_WINDOW_DAYS} AS denominator
FROM geo_universe u
LEFT JOIN window_days w USING (period_type, period, level, geo_code)`,
});
