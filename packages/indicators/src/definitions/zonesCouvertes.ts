import { defineIndicator } from './indicatorDefinition.js';
import { AGGREGATE_LEVELS, ALL_PERIODS, CREATED, DAYS_SOURCES, NOTE_GEO, NOTE_PLACEMENT, NOTE_UNITS } from './conventions.js';

export const zonesCouvertes = defineIndicator({
  id: 'zones_couvertes',
  version: 1,
  theme: 'Couverture des zones',
  dashboard: { keyFigure: 3, tableColumn: 3 },
  label: 'Zones couvertes',
  definition:
    'Nombre de zones en périmètre à la fin de la période et couvertes à cette date : au moins une unité de journée réalisée dans les 28 jours qui finissent ce jour-là.',
  kind: 'count',
  numerator: 'Zones en périmètre couvertes à la fin de la période',
  denominator: null,
  unit: 'zones',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...AGGREGATE_LEVELS],
  sources: [...DAYS_SOURCES],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : un nombre de zones n’est ni un compte de patients ni un compte d’actes.' },
  dependsOn: [],
  limits: [
    'Fenêtre de couverture : les 28 jours qui finissent le dernier jour de la période, ce jour compris (du J-27 au J).',
    'Indicateur de stock : pour un mois ou un cumul, c’est la situation le dernier jour de la période (le mois en cours : le dernier dimanche calculé).',
    'Seules les journées postérieures au lancement (01/09/2025) et réalisées pendant que la zone était en périmètre comptent.',
    NOTE_UNITS, NOTE_PLACEMENT, NOTE_GEO,
  ],
  changes: [CREATED],
  sql: `
WITH covered AS (
  -- zones en périmètre couvertes à la fin de la période (relation préparée covered_zones)
  SELECT period_type, period, code_epci FROM covered_zones
),
by_geo AS (
  SELECT c.period_type, c.period, g.level, g.geo_code, count(*) AS zones
  FROM covered c
  JOIN zone_geo g USING (code_epci)
  GROUP BY ALL
)
SELECT period_type, period, level, geo_code, zones AS numerator
FROM by_geo`,
});
