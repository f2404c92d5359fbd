import { defineIndicator } from './indicatorDefinition.js';
import { computedValuesSql } from './computedValuesSql.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, NEED_SOURCES, needSecrecy, NOTE_GEO } from './conventions.js';
import { SECRECY_MAX } from '../secrecy/secrecyThreshold.js';
import { datedParameterSql } from './datedParameterSql.js';

export const besoinJourneesMois = defineIndicator({
  id: 'besoin_journees_mois',
  version: 1,
  theme: 'Besoin et objectifs',
  dashboard: { needPanel: 'besoin' },
  label: 'Journées nécessaires par mois',
  definition:
    'Consultations manquantes par an (besoin_consultations_an) ÷ 12 ÷ actes par journée : les actes par journée nationaux du cumul qui finit avec la période quand ce cumul compte au moins 10 journées réalisées, sinon la valeur par défaut (20 actes par journée, paramètre daté).',
  kind: 'ratio',
  numerator: 'Consultations manquantes par mois (besoin_consultations_an ÷ 12)',
  denominator: 'Actes par journée retenus (nationaux, du lancement à la fin de la période, ou valeur par défaut)',
  unit: 'journées par mois',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...NEED_SOURCES],
  secrecy: needSecrecy(
    'Aucun, par construction : les actes par journée sont ceux de la France entière, jamais ceux de la zone, du département ou de la région ; le besoin publié ne peut donc pas révéler les actes masqués d’un territoire. Les actes nationaux ne sont retenus qu’au-delà de 10 (un compte national de 1 à 10 serait masqué : la valeur par défaut le remplace). Quand le cumul national des actes qui finit avec la période est masqué (secret secondaire), le besoin en journées de cette période est masqué à tous les niveaux : il redonnerait les actes par journée nationaux.',
  ),
  dependsOn: ['besoin_consultations_an'],
  limits: [
    'Méthode : besoin d’une zone en journées de mission par mois = consultations manquantes par an ÷ 12 ÷ actes réalisés par journée de mission.',
    'Actes par journée : Σ actes ÷ Σ unités de journée réalisées, en France (toutes zones en périmètre), du 01/09/2025 au dernier jour de la période, quand ce cumul compte au moins jours_min_actes_par_journee journées réalisées (10, paramètre daté) et plus de 10 actes ; sinon actes_par_journee_defaut (20, paramètre daté). Paramètres : config/parametres.json, valeurs en vigueur le dernier jour de la période.',
    'Les actes par journée viennent de la mission elle-même : ils mesurent ce qu’une journée de volontaire apporte aujourd’hui, pas ce qu’un cabinet installé apporterait ; les premières semaines, ils reposent sur peu de journées (d’où le seuil de 10 journées).',
    'Le besoin hérite des limites de l’APL (annuelle, modélisée, série des moins de 65 ans) : voir besoin_consultations_an ; statut partiel quand une commune n’a pas d’APL.',
    'Besoin nul (zone au-dessus du seuil) : 0 journée.',
    NOTE_GEO,
  ],
  changes: [CREATED],
  sql: `
WITH ${computedValuesSql('needs', 'besoin_consultations_an', 'numerator AS consultations_an, status')},
default_rates AS (
  SELECT * FROM ${datedParameterSql('actes_par_journee_defaut', 20, '2025-09-01')}
),
minimum_days AS (
  SELECT * FROM ${datedParameterSql('jours_min_actes_par_journee', 10, '2025-09-01')}
),
acts_by_day AS (
  SELECT day, count(*) AS acts FROM acts_in_scope GROUP BY day
),
days_by_day AS (
  SELECT day, sum(unites) AS days FROM days_in_scope WHERE statut = 'REALISEE' GROUP BY day
),
national_cumul AS (
  -- France entière, du lancement au dernier jour de la période (jamais le taux d'un territoire)
  SELECT p.period_type, p.period, p.period_end,
         coalesce((SELECT sum(a.acts) FROM acts_by_day a WHERE a.day <= p.period_end), 0) AS acts,
         coalesce((SELECT sum(d.days) FROM days_by_day d WHERE d.day <= p.period_end), 0) AS days
  FROM periods p
),
with_parameters AS (
  SELECT n.*, m.valeur AS minimum_days
  FROM national_cumul n
  ASOF LEFT JOIN minimum_days m ON n.period_end >= m.date_debut
),
rates AS (
  SELECT w.period_type, w.period,
         CASE WHEN w.days >= coalesce(w.minimum_days, 10) AND w.acts > ${SECRECY_MAX} THEN w.acts / w.days
              ELSE r.valeur END AS acts_per_day
  FROM with_parameters w
  ASOF LEFT JOIN default_rates r ON w.period_end >= r.date_debut
)
SELECT n.period_type, n.period, n.level, n.geo_code,
       n.consultations_an / 12 AS numerator, r.acts_per_day AS denominator,
       CASE WHEN n.status IN ('partiel', 'sans_donnees') THEN n.status END AS status
FROM needs n
JOIN rates r USING (period_type, period)`,
});
