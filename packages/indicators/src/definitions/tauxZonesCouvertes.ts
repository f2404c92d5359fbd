import { defineIndicator } from './indicatorDefinition.js';
import { AGGREGATE_LEVELS, ALL_PERIODS, CREATED, DAYS_SOURCES, NOTE_GEO, NOTE_PROPORTION, NOTE_RATIO_EMPTY } from './conventions.js';
import { computedNumeratorSql } from './computedNumeratorSql.js';
import { ratioSelectSql } from './ratioSelectSql.js';

export const tauxZonesCouvertes = defineIndicator({
  id: 'taux_zones_couvertes',
  dashboard: { tableColumn: 4 },
  version: 1,
  theme: 'Couverture des zones',
  label: 'Part des zones couvertes',
  definition: 'Zones couvertes à la fin de la période ÷ zones en périmètre à la fin de la période.',
  kind: 'ratio',
  numerator: 'Zones couvertes (zones_couvertes)',
  denominator: 'Zones en périmètre à la fin de la période',
  unit: '%',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...AGGREGATE_LEVELS],
  sources: [...DAYS_SOURCES],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : des nombres de zones.' },
  dependsOn: ['zones_couvertes'],
  limits: [NOTE_PROPORTION, 'Voir zones_couvertes pour la fenêtre de 28 jours.', NOTE_GEO, NOTE_RATIO_EMPTY],
  changes: [CREATED],
  sql: `
WITH ${computedNumeratorSql('covered', 'zones_couvertes', 'zones')},
in_scope AS (
  -- zones en périmètre le dernier jour de la période
  SELECT z.period_type, z.period, g.level, g.geo_code, count(*) AS zones
  FROM zones_at_end z
  JOIN zone_geo g USING (code_epci)
  GROUP BY ALL
)
${ratioSelectSql({ step: 'covered', alias: 'c', column: 'zones' }, { step: 'in_scope', alias: 's', column: 'zones' })}`,
});
