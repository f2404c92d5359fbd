import { defineIndicator } from './indicatorDefinition.js';
import { computedValuesSql } from './computedValuesSql.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, NEED_DAYS_NO_SECRECY, NEED_SOURCES, needSecrecy, NOTE_GEO } from './conventions.js';

export const journeesManquantesMois = defineIndicator({
  id: 'journees_manquantes_mois',
  version: 1,
  theme: 'Besoin et objectifs',
  dashboard: { needPanel: 'manque' },
  label: 'Journées manquantes par mois',
  definition:
    'Journées de volontaires qu’il faudrait de plus chaque mois pour couvrir le besoin : besoin_journees_mois − rythme_journees_mois (réalisé au rythme des 4 dernières semaines), 0 si le réalisé couvre le besoin, arrondi à la journée supérieure.',
  kind: 'count',
  numerator: 'max(0, besoin_journees_mois − rythme_journees_mois), arrondi à l’entier supérieur',
  denominator: null,
  unit: 'journées par mois',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...NEED_SOURCES],
  secrecy: needSecrecy(`${NEED_DAYS_NO_SECRECY} (il redonnerait le besoin, donc les actes par journée nationaux).`),
  dependsOn: ['besoin_journees_mois', 'rythme_journees_mois'],
  limits: [
    'Arrondi : la différence est arrondie à 6 décimales (pour qu’une poussière de calcul ne compte pas une journée de plus), puis à l’entier supérieur : il manque 3 journées pour 2,1.',
    'Le besoin est celui de la fin de la période (besoin_journees_mois), le réalisé celui des 28 jours qui finissent avec elle (rythme_journees_mois), quelle que soit la longueur de la période.',
    'Besoin inconnu (pas d’APL) : sans_donnees ; partiel quand le besoin l’est (une commune sans APL) ; besoin nul : 0.',
    NOTE_GEO,
  ],
  changes: [CREATED],
  sql: `
WITH ${computedValuesSql('needs', 'besoin_journees_mois', 'value AS days_per_month, status')},
${computedValuesSql('paces', 'rythme_journees_mois', 'value AS days_per_month')}
SELECT n.period_type, n.period, n.level, n.geo_code,
       ceil(round(greatest(0, n.days_per_month - coalesce(p.days_per_month, 0)), 6)) AS numerator,
       CASE WHEN n.days_per_month IS NULL THEN 'sans_donnees' WHEN n.status = 'partiel' THEN 'partiel' END AS status
FROM needs n
LEFT JOIN paces p USING (period_type, period, level, geo_code)`,
});
