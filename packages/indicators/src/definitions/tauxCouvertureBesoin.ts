import { defineIndicator } from './indicatorDefinition.js';
import { computedValuesSql } from './computedValuesSql.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, NEED_DAYS_NO_SECRECY, NEED_SOURCES, needSecrecy, NOTE_GEO, NOTE_PLACEMENT, NOTE_PROPORTION, NOTE_UNITS } from './conventions.js';
import { computedNumeratorSql } from './computedNumeratorSql.js';

/** Average days in a month (365,25 ÷ 12): the monthly need becomes the need of a period. */
export const DAYS_PER_MONTH = 30.44;

export const tauxCouvertureBesoin = defineIndicator({
  id: 'taux_couverture_besoin',
  version: 1,
  theme: 'Besoin et objectifs',
  dashboard: { needPanel: 'couverture' },
  label: 'Part du besoin couverte',
  definition:
    'Journées réalisées dans la période ÷ (journées nécessaires par mois × jours de la période ÷ 30,44) ; sans_donnees quand le besoin est nul.',
  kind: 'ratio',
  numerator: 'Journées réalisées (jours_realises)',
  denominator: 'Besoin de la période en journées (besoin_journees_mois × jours de la période ÷ 30,44)',
  unit: '%',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...NEED_SOURCES],
  secrecy: needSecrecy(`${NEED_DAYS_NO_SECRECY}.`),
  dependsOn: ['jours_realises', 'besoin_journees_mois'],
  limits: [
    'Jours de la période : du premier au dernier jour de la période (7 pour une semaine ; pour le mois en cours, jusqu’au dernier dimanche calculé ; pour le cumul, depuis le 01/09/2025) ; un mois moyen compte 30,44 jours.',
    'Le besoin vient de l’APL, annuelle et modélisée, et des actes par journée de la mission (voir besoin_journees_mois) : la part dépasse 100 % quand la mission apporte plus que le besoin estimé.',
    'Besoin nul (toutes les communes au-dessus du seuil) ou inconnu : sans_donnees ; partiel quand une commune n’a pas d’APL.',
    'Alerte besoin_peu_couvert : une zone dont la part hebdomadaire est restée sous 25 % pendant les 4 dernières semaines consécutives.',
    NOTE_PROPORTION, NOTE_UNITS, NOTE_PLACEMENT, NOTE_GEO,
  ],
  changes: [CREATED],
  sql: `
WITH ${computedNumeratorSql('realised', 'jours_realises', 'days')},
${computedValuesSql('needs', 'besoin_journees_mois', 'value AS days_per_month, status')}
SELECT n.period_type, n.period, n.level, n.geo_code,
       coalesce(r.days, 0) AS numerator,
       n.days_per_month * (p.period_end - p.period_start + 1) / ${DAYS_PER_MONTH} AS denominator,
       CASE WHEN n.status = 'partiel' THEN 'partiel' END AS status
FROM needs n
JOIN periods p USING (period_type, period)
LEFT JOIN realised r USING (period_type, period, level, geo_code)`,
});
