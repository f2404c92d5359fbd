import { defineIndicator } from './indicatorDefinition.js';
import { AGGREGATE_LEVELS, ALL_PERIODS, CREATED, NOTE_GEO } from './conventions.js';
import { DJ_STEPS, djCountSelectSql, NOTE_DJ_MISSING, NOTE_DJ_PLACEMENT, NOTE_DJ_STATE } from './docteursJuniorsSql.js';

export const zonesAvecDj = defineIndicator({
  id: 'zones_avec_dj',
  version: 1,
  theme: 'Docteurs juniors',
  label: 'Zones avec un docteur junior',
  definition: 'Nombre de zones en périmètre à la fin de la période où au moins un docteur junior est en poste (EN_POSTE) à cette date.',
  kind: 'count',
  numerator: 'Zones en périmètre avec au moins un docteur junior en poste',
  denominator: null,
  unit: 'zones',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...AGGREGATE_LEVELS],
  sources: ['ars.docteurs_juniors', 'drees.zones', 'insee'],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : un nombre de zones n’est ni un compte de patients ni un compte d’actes.' },
  dependsOn: [],
  limits: ['Indicateur de stock (situation le dernier jour de la période).', NOTE_DJ_STATE, NOTE_DJ_PLACEMENT, NOTE_DJ_MISSING, NOTE_GEO],
  changes: [CREATED],
  sql: `
WITH ${DJ_STEPS},
counted AS (
  SELECT z.period_type, z.period, g.level, g.geo_code, count(DISTINCT z.code_epci) AS zones
  FROM (SELECT DISTINCT period_type, period, code_epci FROM dj_in_post) z
  JOIN zone_geo g USING (code_epci)
  GROUP BY ALL
)
${djCountSelectSql('zones')}`,
});
