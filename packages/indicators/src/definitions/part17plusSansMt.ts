import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_GEO, NOTE_PROPORTION, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';

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
  secrecy: { numerator: 'patients', denominator: 'patients', rule: 'Comptes de patients : masqué quand le numérateur ou le dénominateur est de 1 à 10 ; secret secondaire.' },
  dependsOn: [],
  limits: [
    NOTE_PROPORTION,
    'Trimestre : le plus récent du fichier qui commence au plus tard le dernier jour de la période (l’historique reste reproductible).',
    'Une commune dont l’un des deux comptes est masqué (« s », de 1 à 10) ou absent est retirée du numérateur et du dénominateur, et la valeur a le statut partiel : ce n’est pas une somme complète.',
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
  SELECT z.period_type, z.period, c.code_epci,
         t.nb_patients_17plus AS patients, t.nb_patients_17plus_sans_mt AS without_doctor,
         coalesce(t.nb_patients_17plus_masque, false) OR coalesce(t.nb_patients_17plus_sans_mt_masque, false)
           OR t.nb_patients_17plus IS NULL OR t.nb_patients_17plus_sans_mt IS NULL AS masked
  FROM zones_in_period z
  JOIN communes_in_zones c USING (code_epci)
  JOIN quarter_in_force q USING (period_type, period)
  JOIN clean.patientele t ON t.code_commune = c.code_commune AND t.trimestre = q.trimestre
),
by_geo AS (
  SELECT x.period_type, x.period, g.level, g.geo_code,
         coalesce(sum(x.without_doctor) FILTER (WHERE NOT x.masked), 0) AS without_doctor,
         coalesce(sum(x.patients) FILTER (WHERE NOT x.masked), 0) AS patients,
         count(*) FILTER (WHERE x.masked) AS masked_cells
  FROM cells x
  JOIN zone_geo g USING (code_epci)
  GROUP BY ALL
)
SELECT period_type, period, level, geo_code, without_doctor AS numerator, patients AS denominator,
       CASE WHEN masked_cells > 0 THEN 'partiel' END AS status
FROM by_geo`,
});
