import { defineIndicator } from './indicatorDefinition.js';
import { ALL_LEVELS, ALL_PERIODS, CREATED, NOTE_CONTEXT_COMMUNES, NOTE_GEO } from './conventions.js';
import { datedParameterSql } from './datedParameterSql.js';
import { exactSumSql } from './exactSumSql.js';

export const besoinConsultationsAn = defineIndicator({
  id: 'besoin_consultations_an',
  version: 1,
  theme: 'Besoin et objectifs',
  dashboard: { needPanel: 'consultations_manquantes' },
  label: 'Consultations manquantes par an',
  definition:
    'Σ sur les communes des zones de population × max(0, seuil − APL), avec l’APL aux médecins généralistes des moins de 65 ans de la dernière année qui n’est pas postérieure à la fin de la période et le seuil de sous-dotation (2,5 consultations par an et par habitant, paramètre daté).',
  kind: 'count',
  numerator: 'Consultations par an qui manquent pour amener chaque commune au seuil de sous-dotation',
  denominator: null,
  unit: 'consultations par an',
  scale: 1,
  periodicity: [...ALL_PERIODS],
  levels: [...ALL_LEVELS],
  sources: ['drees.apl', 'drees.zones', 'insee'],
  secrecy: {
    numerator: null,
    denominator: null,
    rule: 'Aucun : calculé à partir de l’APL (DREES, publique) et des populations, ni patients ni actes.',
  },
  dependsOn: [],
  limits: [
    'Méthode : l’APL mesure les consultations de médecine générale accessibles par habitant et par an ; une commune sous le seuil de sous-dotation (paramètre daté seuil_apl_sous_dotation de config/parametres.json : 2,5 au 01/09/2025, en vigueur à la fin de la période) manque de (seuil − APL) consultations par habitant et par an ; une commune au-dessus du seuil compte 0.',
    'L’APL est annuelle et modélisée (DREES, série des moins de 65 ans) : elle décrit l’offre d’une année passée, pas la demande réelle, et ne bouge pas d’une semaine à l’autre ; la mission elle-même n’entre pas dans l’APL.',
    'Année : la plus récente du fichier APL qui ne dépasse pas l’année de fin de la période ; aucune : sans_donnees.',
    'Une commune sans APL (moins de 65 ans) cette année-là compte 0 et rend le statut partiel.',
    'Population : population municipale du référentiel en vigueur (ref.communes).',
    NOTE_CONTEXT_COMMUNES, NOTE_GEO,
  ],
  changes: [CREATED],
  sql: `
WITH thresholds AS (
  SELECT * FROM ${datedParameterSql('seuil_apl_sous_dotation', 2.5, '2025-09-01')}
),
period_threshold AS (
  -- le seuil en vigueur le dernier jour de la période
  SELECT p.period_type, p.period, t.valeur AS threshold
  FROM periods p
  ASOF LEFT JOIN thresholds t ON p.period_end >= t.date_debut
),
years AS (
  SELECT DISTINCT annee FROM clean.apl
),
year_in_force AS (
  SELECT p.period_type, p.period, max(y.annee) AS annee
  FROM periods p
  LEFT JOIN years y ON y.annee <= year(p.period_end)
  GROUP BY ALL
),
communes AS (
  -- chaque commune des zones décrites par la ligne, et son APL (moins de 65 ans) de l'année retenue
  SELECT t.period_type, t.period, t.level, t.geo_code, c.population, y.annee, a.apl_moins_65 AS apl
  FROM territory_zones t
  JOIN communes_in_zones c USING (code_epci)
  JOIN year_in_force y USING (period_type, period)
  LEFT JOIN clean.apl a ON a.code_commune = c.code_commune AND a.annee = y.annee
)
SELECT c.period_type, c.period, c.level, c.geo_code,
       ${exactSumSql('CASE WHEN c.apl IS NULL THEN 0 ELSE coalesce(c.population, 0) * greatest(0, th.threshold - c.apl) END')} AS numerator,
       CASE WHEN max(c.annee) IS NULL OR th.threshold IS NULL THEN 'sans_donnees'
            WHEN bool_or(c.apl IS NULL) THEN 'partiel' END AS status
FROM communes c
JOIN period_threshold th USING (period_type, period)
GROUP BY c.period_type, c.period, c.level, c.geo_code, th.threshold`,
});
