import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_CONTEXT_COMMUNES, NOTE_GEO, NOTE_RATIO_EMPTY, EXACT_SUMS } from './conventions.js';
import { YEAR_IN_FORCE_SQL } from './yearInForceSql.js';
import { exactSumSql } from './exactSumSql.js';

export const tempsAccesUrgences = defineIndicator({
  id: 'temps_acces_urgences',
  version: 2,
  theme: 'Contexte du territoire',
  label: 'Temps d’accès aux urgences (min)',
  definition: 'Moyenne du temps d’accès au service d’urgences (SU) des communes des zones, pondérée par leur population municipale.',
  kind: 'ratio',
  numerator: 'Σ temps d’accès × population',
  denominator: 'Σ population des communes ayant un temps d’accès',
  unit: 'minutes',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: ['drees.urgences', 'drees.zones', 'insee'],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : un indicateur d’accès aux soins.' },
  dependsOn: [],
  limits: [
    'Année : la plus récente du fichier qui ne dépasse pas l’année de fin de la période, à défaut la plus ancienne.',
    NOTE_CONTEXT_COMMUNES,
    'Une commune sans temps d’accès est ignorée.',
    'Temps d’accès SU (service d’urgences), pas SMUR.',
    NOTE_GEO, NOTE_RATIO_EMPTY,
  ],
  changes: [CREATED, EXACT_SUMS],
  sql: `
WITH years AS (
  SELECT DISTINCT annee FROM clean.urgences
),
${YEAR_IN_FORCE_SQL},
weighted AS (
  -- communes décrites par chaque ligne (relation territory_zones), pondérées par leur population
  SELECT t.period_type, t.period, t.level, t.geo_code, u.temps_su * c.population AS weighted_minutes, c.population
  FROM territory_zones t
  JOIN communes_in_zones c USING (code_epci)
  JOIN year_in_force y USING (period_type, period)
  JOIN clean.urgences u ON u.code_commune = c.code_commune AND u.annee IS NOT DISTINCT FROM y.annee
  WHERE u.temps_su IS NOT NULL AND c.population IS NOT NULL
)
SELECT period_type, period, level, geo_code,
       ${exactSumSql('weighted_minutes')} AS numerator, sum(population) AS denominator
FROM weighted
GROUP BY ALL`,
});
