import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_GEO } from './conventions.js';
import { DJ_STEPS, djCountSelectSql, NOTE_DJ_MISSING, NOTE_DJ_PLACEMENT, NOTE_DJ_SECRECY, NOTE_DJ_STATE } from './docteursJuniorsSql.js';

export const djEnPoste = defineIndicator({
  id: 'dj_en_poste',
  version: 1,
  theme: 'Docteurs juniors',
  label: 'Docteurs juniors en poste',
  definition: 'Nombre de RPPS distincts de docteurs juniors au statut EN_POSTE à la fin de la période, dans les zones en périmètre.',
  kind: 'count',
  numerator: 'Docteurs juniors (RPPS distincts) en poste à la fin de la période',
  denominator: null,
  unit: 'docteurs juniors',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: ['ars.docteurs_juniors', 'drees.zones', 'insee'],
  secrecy: { numerator: null, denominator: null, rule: NOTE_DJ_SECRECY },
  dependsOn: [],
  limits: [
    'Indicateur de stock : la même valeur pour une semaine, le mois et le cumul qui finissent le même jour.',
    NOTE_DJ_STATE, NOTE_DJ_PLACEMENT, NOTE_DJ_MISSING,
    'Statuts : AFFECTE (pas encore arrivé), INTERROMPU et TERMINE ne comptent pas.',
    NOTE_GEO,
  ],
  changes: [CREATED],
  sql: `
WITH ${DJ_STEPS},
counted AS (
  SELECT d.period_type, d.period, g.level, g.geo_code, count(DISTINCT d.num_rpps) AS juniors
  FROM dj_in_post d
  JOIN zone_geo g USING (code_epci)
  GROUP BY ALL
)
${djCountSelectSql('juniors')}`,
});
