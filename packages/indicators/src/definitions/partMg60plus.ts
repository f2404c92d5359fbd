import { defineIndicator } from './indicatorDefinition.js';
import { AGGREGATE_LEVELS, ALL_PERIODS, CREATED, NOTE_PROPORTION, NOTE_RATIO_EMPTY } from './conventions.js';
import { YEAR_IN_FORCE_SQL } from './yearInForceSql.js';

export const partMg60plus = defineIndicator({
  id: 'part_mg_60plus',
  version: 1,
  theme: 'Contexte du territoire',
  label: 'Part des généralistes de 60 ans et plus',
  definition: 'Effectif des classes « 60 à 69 ans » et « 70 ans et plus » ÷ effectif « Tout âge », « tout sexe », dernière année connue.',
  kind: 'ratio',
  numerator: 'Généralistes libéraux de 60 ans et plus',
  denominator: 'Généralistes libéraux, tout âge',
  unit: '%',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...AGGREGATE_LEVELS],
  sources: ['cnam.effectifs', 'drees.zones', 'insee'],
  secrecy: { numerator: null, denominator: null, rule: 'Aucun : des professionnels de santé, en effectifs publiés par l’Assurance maladie.' },
  dependsOn: [],
  limits: [
    NOTE_PROPORTION,
    'Territoire entier : tous les généralistes du département (et, pour la région et la France, de tous leurs départements), pas seulement ceux des zones ; valeurs publiées pour les départements et régions qui ont une zone en périmètre.',
    'Année : la plus récente du fichier qui ne dépasse pas l’année de fin de la période, à défaut la plus ancienne.',
    'Classes d’âge et sexe comparés sans accents ni majuscules ; codes de département complétés à 2 caractères (« 1 » → « 01 »), ceux d’outre-mer gardés sur 3 (971 à 976) ; les lignes dont le département n’est pas dans le référentiel (totaux) sont ignorées.',
    NOTE_RATIO_EMPTY,
  ],
  changes: [
    CREATED,
    {
      version: 1,
      date: '2026-11-23',
      change:
        'Correction sans changement de définition : les départements d’outre-mer (971 à 976) étaient écartés (code tronqué à 2 caractères), donc sans donnée, absents de leur région et du total national.',
    },
  ],
  sql: `
WITH years AS (
  SELECT DISTINCT annee FROM clean.effectifs
),
${YEAR_IN_FORCE_SQL},
general_practitioners AS (
  -- généralistes « tout sexe » par département du référentiel
  SELECT e.annee, d.code_departement, d.code_region,
         sum(e.effectif) FILTER (WHERE strip_accents(lower(trim(e.classe_age))) IN ('60 a 69 ans', '70 ans et plus')) AS aged_60_plus,
         sum(e.effectif) FILTER (WHERE strip_accents(lower(trim(e.classe_age))) = 'tout age') AS all_ages
  FROM clean.effectifs e
  -- code sur 2 caractères au moins (« 1 » → « 01 ») ; lpad seul tronquerait « 971 » en « 97 »
  JOIN ref.departements d
    ON d.code_departement = CASE WHEN length(trim(e.departement)) < 2 THEN lpad(trim(e.departement), 2, '0') ELSE upper(trim(e.departement)) END
  WHERE strip_accents(lower(trim(e.sexe))) = 'tout sexe'
  GROUP BY ALL
),
territories AS (
  SELECT annee, 'departement' AS level, code_departement AS geo_code, aged_60_plus, all_ages FROM general_practitioners
  UNION ALL SELECT annee, 'region', code_region, aged_60_plus, all_ages FROM general_practitioners
  UNION ALL SELECT annee, 'national', 'FR', aged_60_plus, all_ages FROM general_practitioners
)
SELECT y.period_type, y.period, t.level, t.geo_code,
       coalesce(sum(t.aged_60_plus), 0) AS numerator, sum(t.all_ages) AS denominator
FROM year_in_force y
JOIN territories t USING (annee)
GROUP BY ALL`,
});
