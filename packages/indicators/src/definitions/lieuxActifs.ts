import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, DAYS_SOURCES, NOTE_GEO, NOTE_PLACEMENT, NOTE_ZERO } from './conventions.js';
import { DISTINCT_COUNT_BY_KEY, distinctCountSql } from './distinctCountSql.js';

export const lieuxActifs = defineIndicator({
  id: 'lieux_actifs',
  version: 2,
  theme: 'Couverture des zones',
  label: 'Lieux solidaires actifs',
  definition: 'Nombre de lieux solidaires (SIRET) distincts avec au moins une unité de journée réalisée dans la période.',
  kind: 'count',
  numerator: 'Lieux distincts avec une journée réalisée',
  denominator: null,
  unit: 'lieux',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...DAYS_SOURCES],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : des lieux de consultation.' },
  dependsOn: [],
  limits: [NOTE_PLACEMENT, NOTE_GEO, NOTE_ZERO],
  changes: [CREATED, DISTINCT_COUNT_BY_KEY],
  sql: distinctCountSql(
    'lieux où au moins une unité a été réalisée, par jour',
    `SELECT DISTINCT day, code_epci, siret_lieu AS member FROM days_in_scope WHERE statut = 'REALISEE'`,
  ),
});
