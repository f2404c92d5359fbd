import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, countSecrecyRule, CREATED, EXACT_SUMS, NOTE_GEO, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS } from './conventions.js';
import { exactSumSql } from './exactSumSql.js';

export const satisfactionMoyenne = defineIndicator({
  id: 'satisfaction_moyenne',
  version: 2,
  theme: 'Prise en charge',
  label: 'Satisfaction des patients (sur 5)',
  definition: 'Moyenne des notes pondérée par le nombre de réponses : Σ(note_moyenne × nb_reponses) ÷ Σ nb_reponses.',
  kind: 'ratio',
  numerator: 'Σ note moyenne × réponses',
  denominator: 'Réponses à l’enquête (patients)',
  unit: 'note sur 5',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: ['ars.satisfaction', 'ars.lieux', 'drees.zones', 'insee'],
  secrecy: {
    numerator: null,
    denominator: 'reponses_satisfaction',
    rule: countSecrecyRule('Dénominateur : réponses à l’enquête (groupe « reponses_satisfaction », compté par mois : une période compte les mois qu’elle recoupe) ; la note n’est pas couverte', { masked: 24.8, former: 24.2 }),
  },
  dependsOn: [],
  limits: [
    'L’enquête est mensuelle : une période compte les enquêtes des mois qu’elle recoupe (une semaine à cheval sur deux mois compte les deux mois ; le cumul, tous les mois depuis septembre 2025).',
    'Une enquête est rattachée à la zone de son lieu si la zone était en périmètre au moins un jour du mois et au moins un jour de la période.',
    NOTE_GEO, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS,
  ],
  changes: [CREATED, EXACT_SUMS],
  sql: `
WITH surveys AS (
  SELECT s.siret_lieu, CAST(s.mois || '-01' AS DATE) AS month_start, s.nb_reponses, s.note_moyenne
  FROM clean.satisfaction s
  WHERE s.nb_reponses > 0 AND s.note_moyenne IS NOT NULL
),
placed AS (
  -- enquêtes des lieux d'une zone en périmètre pendant le mois
  SELECT v.*, last_day(v.month_start) AS month_end, l.code_epci
  FROM surveys v
  JOIN lieux_zone l ON l.siret = v.siret_lieu
  WHERE EXISTS (
    SELECT 1 FROM zone_scope z
    WHERE z.code_epci = l.code_epci AND z.date_designation <= last_day(v.month_start)
      AND (z.date_retrait IS NULL OR z.date_retrait > v.month_start))
),
by_period AS (
  -- une période compte les mois qu'elle recoupe, pour les zones en périmètre pendant la période
  SELECT p.period_type, p.period, g.level, g.geo_code,
         ${exactSumSql('x.note_moyenne * x.nb_reponses')} AS weighted_notes, sum(x.nb_reponses) AS answers
  FROM placed x
  JOIN periods p ON x.month_start <= p.period_end AND x.month_end >= p.period_start
  JOIN zones_in_period zp ON zp.period_type = p.period_type AND zp.period = p.period AND zp.code_epci = x.code_epci
  JOIN zone_geo g ON g.code_epci = x.code_epci
  GROUP BY ALL
)
SELECT period_type, period, level, geo_code, weighted_notes AS numerator, answers AS denominator
FROM by_period`,
});
