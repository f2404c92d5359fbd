import { defineIndicator } from './indicatorDefinition.js';
import { AGGREGATE_LEVELS, ALL_PERIODS, CREATED, DAYS_SOURCES, NOTE_GEO, NOTE_PROPORTION, NOTE_RATIO_EMPTY } from './conventions.js';
import { ratioSelectSql } from './ratioSelectSql.js';

export const tauxPopulationCouverte = defineIndicator({
  id: 'taux_population_couverte',
  version: 1,
  theme: 'Couverture des zones',
  dashboard: { keyFigure: 4, tableColumn: 5 },
  label: 'Part de la population couverte',
  definition: 'Population des zones couvertes à la fin de la période ÷ population des zones en périmètre à la fin de la période.',
  kind: 'ratio',
  numerator: 'Population municipale des zones couvertes',
  denominator: 'Population municipale des zones en périmètre',
  unit: '%',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...AGGREGATE_LEVELS],
  sources: [...DAYS_SOURCES],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : des populations de territoires.' },
  dependsOn: [],
  limits: [NOTE_PROPORTION, 'Couverture : voir zones_couvertes (28 jours finissant le dernier jour de la période).',
    'Population : population municipale de l’EPCI entier (ref.epci), rattachée au département et à la région de la zone.', NOTE_GEO, NOTE_RATIO_EMPTY],
  changes: [CREATED],
  sql: `
WITH covered AS (
  SELECT c.period_type, c.period, g.level, g.geo_code, sum(c.population) AS population
  FROM covered_zones c
  JOIN zone_geo g USING (code_epci)
  GROUP BY ALL
),
in_scope AS (
  SELECT z.period_type, z.period, g.level, g.geo_code, sum(z.population) AS population
  FROM zones_at_end z
  JOIN zone_geo g USING (code_epci)
  GROUP BY ALL
)
${ratioSelectSql({ step: 'covered', alias: 'c', column: 'population' }, { step: 'in_scope', alias: 's', column: 'population' })}`,
});
