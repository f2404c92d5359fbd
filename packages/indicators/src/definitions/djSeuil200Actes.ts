import { defineIndicator } from './indicatorDefinition.js';
import { ALL_PERIODS, CREATED, NOTE_GEO, NOTE_PROPORTION, NOTE_RATIO_EMPTY } from './conventions.js';
import { DJ_STEPS, NOTE_DJ_MISSING, NOTE_DJ_PLACEMENT, NOTE_DJ_STATE } from './docteursJuniorsSql.js';

export const djSeuil200Actes = defineIndicator({
  id: 'dj_seuil_200_actes',
  version: 1,
  theme: 'Docteurs juniors',
  label: 'Docteurs juniors à 200 actes par mois',
  definition:
    'Parmi les docteurs juniors en poste à la fin de la période dont les actes du mois précédent sont connus, la part qui en a facturé au moins 200 (le seuil de la prime semestrielle).',
  kind: 'ratio',
  numerator: 'Docteurs juniors en poste avec au moins 200 actes le mois précédent',
  denominator: 'Docteurs juniors en poste dont les actes du mois précédent sont connus',
  unit: '%',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: ['region', 'national'],
  sources: ['ars.docteurs_juniors', 'drees.zones', 'insee'],
  secrecy: {
    numerator: null,
    denominator: null,
    rule: 'Aucun : des comptes de docteurs juniors (des professionnels), pas de patients ni d’actes ; publié par région et pour la France seulement, pour ne pas exposer l’activité d’un docteur junior seul dans sa zone.',
  },
  dependsOn: [],
  limits: [
    'actes_mois_precedent : actes facturés le mois civil qui précède l’instantané, déclarés par l’ARS ; vide : le docteur junior sort du dénominateur.',
    'Le seuil de 200 actes par mois est celui de la prime semestrielle de 500 € ; cet indicateur ne calcule pas la moyenne du semestre, il lit le dernier mois déclaré.',
    NOTE_DJ_STATE, NOTE_DJ_PLACEMENT, NOTE_DJ_MISSING, NOTE_PROPORTION, NOTE_RATIO_EMPTY, NOTE_GEO,
  ],
  changes: [CREATED],
  sql: `
WITH ${DJ_STEPS},
counted AS (
  SELECT d.period_type, d.period, g.level, g.geo_code,
         count(DISTINCT d.num_rpps) FILTER (WHERE d.actes_mois_precedent >= 200) AS reached,
         count(DISTINCT d.num_rpps) FILTER (WHERE d.actes_mois_precedent IS NOT NULL) AS known
  FROM dj_in_post d
  JOIN zone_geo g USING (code_epci)
  GROUP BY ALL
)
SELECT s.period_type, s.period, s.level, s.geo_code,
       coalesce(c.reached, 0) AS numerator, coalesce(c.known, 0) AS denominator, s.status
FROM dj_territory_status s
LEFT JOIN counted c USING (period_type, period, level, geo_code)`,
});
