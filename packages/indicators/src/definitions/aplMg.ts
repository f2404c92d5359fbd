import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_CONTEXT_COMMUNES, NOTE_GEO, NOTE_RATIO_EMPTY } from './conventions.js';
import { exactSumSql } from './exactSumSql.js';

export const aplMg = defineIndicator({
  id: 'apl_mg',
  version: 2,
  theme: 'Contexte du territoire',
  label: 'APL aux médecins généralistes',
  definition:
    'Accessibilité potentielle localisée moyenne des communes des zones, pondérée par la population standardisée : Σ(APL × population standardisée) ÷ Σ population standardisée, pour la dernière année d’APL qui n’est pas postérieure à la période. L’APL est celle des médecins généralistes de 65 ans ou moins, la série de référence de la DREES.',
  kind: 'ratio',
  numerator: 'Σ APL (médecins de 65 ans ou moins) × population standardisée',
  denominator: 'Σ population standardisée',
  unit: 'consultations accessibles par habitant et par an',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: ['drees.apl', 'drees.zones', 'insee'],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : un indicateur d’offre de soins.' },
  dependsOn: [],
  limits: [
    'Année : la plus récente du fichier APL qui ne dépasse pas l’année de fin de la période ; aucune : sans_donnees.',
    NOTE_CONTEXT_COMMUNES,
    'Une commune sans valeur APL cette année-là est ignorée.',
    'APL aux médecins généralistes de 65 ans ou moins (« de moins de 65 ans » dans les anciens classeurs), comme la DREES la cite ; l’APL tous âges est gardée à côté, non utilisée ici.',
    NOTE_GEO, NOTE_RATIO_EMPTY,
  ],
  changes: [
    CREATED,
    { version: 2, date: '2026-11-29', change: 'L’APL est celle des médecins de 65 ans ou moins, la série de référence de la DREES (la version 1 prenait l’APL tous âges) ; sommes exactes, indépendantes de l’ordre des additions (exactSumSql).' },
  ],
  sql: `
WITH years AS (
  SELECT DISTINCT annee FROM clean.apl
),
year_in_force AS (
  -- la dernière année d'APL qui n'est pas postérieure à la période
  SELECT p.period_type, p.period, max(y.annee) AS annee
  FROM periods p
  JOIN years y ON y.annee <= year(p.period_end)
  GROUP BY ALL
),
weighted AS (
  -- communes décrites par chaque ligne (relation territory_zones), avec leur APL (65 ans ou moins) de l'année retenue
  SELECT t.period_type, t.period, t.level, t.geo_code,
         a.apl_moins_65 * a.population_standardisee AS weighted_apl, a.population_standardisee
  FROM territory_zones t
  JOIN communes_in_zones c USING (code_epci)
  JOIN year_in_force y USING (period_type, period)
  JOIN clean.apl a ON a.code_commune = c.code_commune AND a.annee = y.annee
  WHERE a.apl_moins_65 IS NOT NULL AND a.population_standardisee IS NOT NULL
)
SELECT period_type, period, level, geo_code,
       ${exactSumSql('weighted_apl')} AS numerator, ${exactSumSql('population_standardisee')} AS denominator
FROM weighted
GROUP BY ALL`,
});
