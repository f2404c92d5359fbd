import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, DAYS_SOURCES, NOTE_GEO, NOTE_PLACEMENT, NOTE_ZERO } from './conventions.js';
import { DISTINCT_COUNT_BY_KEY, distinctCountSql } from './distinctCountSql.js';

export const volActifs = defineIndicator({
  id: 'vol_actifs',
  version: 2,
  theme: 'Mobilisation des volontaires',
  dashboard: { keyFigure: 1, tableColumn: 1 },
  label: 'Volontaires actifs',
  definition: 'Nombre de RPPS distincts ayant au moins une unité de journée réalisée dans la période, aux lieux des zones en périmètre.',
  kind: 'count',
  numerator: 'RPPS distincts avec une journée réalisée',
  denominator: null,
  unit: 'volontaires',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: [...DAYS_SOURCES],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : des médecins volontaires, comptés sans nom ni RPPS.' },
  dependsOn: [],
  limits: [
    'Un volontaire actif dans deux zones compte dans chacune, et une seule fois dans leur département, leur région et au niveau national : les niveaux ne s’additionnent pas.',
    NOTE_PLACEMENT, NOTE_GEO, NOTE_ZERO,
  ],
  changes: [CREATED, DISTINCT_COUNT_BY_KEY],
  sql: distinctCountSql(
    'volontaires ayant réalisé au moins une unité, par jour et par zone',
    `SELECT DISTINCT day, code_epci, num_rpps AS member FROM days_in_scope WHERE statut = 'REALISEE'`,
  ),
});
