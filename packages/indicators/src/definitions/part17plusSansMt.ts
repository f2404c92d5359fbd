import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, countSecrecyRule, CREATED, NOTE_CONTEXT_COMMUNES, NOTE_GEO, NOTE_PROPORTION, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';

export const part17plusSansMt = defineIndicator({
  id: 'part_17plus_sans_mt',
  version: 1,
  theme: 'Contexte du territoire',
  label: 'Part des 17 ans et plus sans médecin traitant',
  definition:
    'Σ patients de 17 ans et plus sans médecin traitant ÷ Σ patients de 17 ans et plus, sur les communes de résidence des zones, au dernier trimestre connu.',
  kind: 'ratio',
  numerator: 'Patients de 17 ans et plus sans médecin traitant',
  denominator: 'Patients de 17 ans et plus',
  unit: '%',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: ['cnam.patientele', 'drees.zones', 'insee'],
  secrecy: {
    numerator: 'patients_17plus_sans_mt',
    denominator: 'patients_17plus',
    rule: countSecrecyRule('Numérateur et dénominateur : patients de 17 ans et plus sans médecin traitant et patients de 17 ans et plus (groupes « patients_17plus_sans_mt » et « patients_17plus ») ; un stock trimestriel, traité comme un même compte pour toutes les périodes d’un territoire (une décision pour toutes)', { masked: 0, former: 0 }),
  },
  dependsOn: [],
  limits: [
    NOTE_PROPORTION,
    'Trimestre : le plus récent du fichier qui commence au plus tard le dernier jour de la période (l’historique reste reproductible).',
    'Chaque somme porte sur les cellules connues : une cellule masquée (« s », de 1 à 10) manque à sa propre somme et la valeur a le statut partiel, car ce n’est pas une somme complète (lecture littérale d’indicators.md ; retirer aussi l’autre cellule de la commune est l’autre lecture possible).',
    NOTE_CONTEXT_COMMUNES,
    'Une commune absente du fichier est ignorée.',
    NOTE_GEO, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS,
  ],
  changes: [CREATED],
  sql: `
WITH quarters AS (
  SELECT DISTINCT trimestre,
         make_date(CAST(left(trimestre, 4) AS INTEGER), CAST(right(trimestre, 1) AS INTEGER) * 3 - 2, 1) AS quarter_start
  FROM clean.patientele
  WHERE regexp_matches(trimestre, '^[0-9]{4}T[1-4]$')
),
quarter_in_force AS (
  -- le dernier trimestre commencé au plus tard à la fin de la période
  SELECT p.period_type, p.period, arg_max(q.trimestre, q.quarter_start) AS trimestre
  FROM periods p
  JOIN quarters q ON q.quarter_start <= p.period_end
  GROUP BY ALL
),
cells AS (
  -- communes décrites par chaque ligne (relation territory_zones), au trimestre retenu
  SELECT t.period_type, t.period, t.level, t.geo_code,
         x.nb_patients_17plus AS patients, x.nb_patients_17plus_sans_mt AS without_doctor,
         coalesce(x.nb_patients_17plus_masque, false) OR coalesce(x.nb_patients_17plus_sans_mt_masque, false) AS masked
  FROM territory_zones t
  JOIN communes_in_zones c USING (code_epci)
  JOIN quarter_in_force q USING (period_type, period)
  JOIN clean.patientele x ON x.code_commune = c.code_commune AND x.trimestre = q.trimestre
),
by_geo AS (
  -- chaque somme laisse de côté ses propres cellules masquées (« s ») ou vides
  SELECT period_type, period, level, geo_code,
         coalesce(sum(without_doctor), 0) AS without_doctor,
         coalesce(sum(patients), 0) AS patients,
         count(*) FILTER (WHERE masked) AS masked_cells
  FROM cells
  GROUP BY ALL
)
SELECT period_type, period, level, geo_code, without_doctor AS numerator, patients AS denominator,
       CASE WHEN masked_cells > 0 THEN 'partiel' END AS status
FROM by_geo`,
});
