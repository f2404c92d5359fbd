import { inCoverageWindowSql } from './coverageWindow.js';
import { periodCalendarSql } from './periodCalendarSql.js';

/**
 * A relation every indicator may read: the conventions of indicators.md written once. Built as a
 * temporary table, in this order, before the indicators are computed (and before the alerts of
 * the publication). The dates come from `getvariable('vigie_launch')` and `getvariable('vigie_as_of')`.
 */
export interface PreparedRelation {
  readonly name: string;
  readonly description: string;
  readonly sql: string;
}

/**
 * Zones of each period designated before its end and not yet retired on `notRetiredOn`: its first
 * day (in scope at least one day of the period) or its last day (in scope at its end).
 */
function zonesInScopeSql(notRetiredOn: 'p.period_start' | 'p.period_end'): string {
  return `
SELECT DISTINCT p.period_type, p.period, z.code_epci, z.population
FROM periods p
JOIN zone_scope z ON z.date_designation <= p.period_end AND (z.date_retrait IS NULL OR z.date_retrait > ${notRetiredOn})`;
}

export const preparedRelations: readonly PreparedRelation[] = [
  {
    name: 'periods',
    description: 'Calendrier : semaines ISO, mois, cumuls depuis le 01/09/2025 jusqu’à la dernière semaine complète.',
    sql: periodCalendarSql,
  },
  {
    name: 'day_periods',
    description: 'Chaque jour depuis le lancement et les périodes qui le contiennent (sa semaine, son mois, les cumuls qui l’incluent).',
    sql: `
SELECT CAST(t.d AS DATE) AS day, p.period_type, p.period
FROM generate_series(getvariable('vigie_launch'), getvariable('vigie_as_of'), INTERVAL 1 DAY) AS t(d)
JOIN periods p ON CAST(t.d AS DATE) BETWEEN p.period_start AND p.period_end`,
  },
  {
    name: 'zone_scope',
    description:
      'Zones prioritaires et leur période en périmètre [date de désignation, date de retrait[ ; département et région portant la plus grande part de leur population (ref.epci).',
    sql: `
SELECT z.code_epci, coalesce(e.libelle, z.libelle) AS libelle, z.date_designation, z.date_retrait,
       e.code_departement, coalesce(e.code_region, z.code_region) AS code_region,
       coalesce(e.population, 0) AS population
FROM clean.zones z
LEFT JOIN ref.epci e USING (code_epci)`,
  },
  {
    name: 'zone_geo',
    description: 'Chaque zone et les territoires qui la contiennent : la zone, son département, sa région, la France (FR).',
    sql: `
WITH zones AS (SELECT DISTINCT code_epci, code_departement, code_region FROM zone_scope)
SELECT code_epci, 'zone' AS level, code_epci AS geo_code FROM zones
UNION ALL SELECT code_epci, 'departement', code_departement FROM zones WHERE code_departement IS NOT NULL
UNION ALL SELECT code_epci, 'region', code_region FROM zones WHERE code_region IS NOT NULL
UNION ALL SELECT code_epci, 'national', 'FR' FROM zones`,
  },
  {
    name: 'zones_in_period',
    description: 'Zones en périmètre pendant au moins un jour de la période (désignées avant sa fin, non retirées avant son début).',
    sql: zonesInScopeSql('p.period_start'),
  },
  {
    name: 'zones_at_end',
    description: 'Zones en périmètre le dernier jour de la période.',
    sql: zonesInScopeSql('p.period_end'),
  },
  {
    name: 'geo_universe',
    description:
      'Les lignes à produire : pour chaque période, chaque zone en périmètre au moins un jour de la période, chaque département et région qui en contient une, et FR ; avec la population municipale des zones en périmètre le dernier jour de la période (0 pour une zone retirée pendant la période).',
    sql: `
WITH territories AS (
  SELECT DISTINCT zp.period_type, zp.period, g.level, g.geo_code
  FROM zones_in_period zp
  JOIN zone_geo g USING (code_epci)
  UNION
  SELECT period_type, period, 'national', 'FR' FROM periods
),
population_at_end AS (
  SELECT z.period_type, z.period, g.level, g.geo_code, sum(z.population) AS population
  FROM zones_at_end z
  JOIN zone_geo g USING (code_epci)
  GROUP BY ALL
)
SELECT p.period_type, p.period, p.period_start, p.period_end, t.level, t.geo_code,
       coalesce(b.population, 0) AS population
FROM territories t
JOIN periods p USING (period_type, period)
LEFT JOIN population_at_end b USING (period_type, period, level, geo_code)`,
  },
  {
    name: 'lieux_zone',
    description: 'Chaque lieu solidaire (SIRET) et l’EPCI de sa commune (clean.lieux).',
    sql: `
SELECT siret, min(code_epci) AS code_epci
FROM clean.lieux
GROUP BY siret`,
  },
  {
    name: 'days_in_scope',
    description:
      'Journées (clean.journees) datées du lancement à la fin de la dernière semaine, à un lieu d’une zone en périmètre ce jour-là ; unités : JOURNEE 1, MATIN et APRES_MIDI ½.',
    sql: `
SELECT j."date" AS day, j.num_rpps, j.siret_lieu, j.creneau, j.statut,
       CASE j.creneau WHEN 'JOURNEE' THEN 1.0 WHEN 'MATIN' THEN 0.5 WHEN 'APRES_MIDI' THEN 0.5 ELSE 0.0 END AS unites,
       l.code_epci
FROM clean.journees j
JOIN lieux_zone l ON l.siret = j.siret_lieu
WHERE j."date" BETWEEN getvariable('vigie_launch') AND getvariable('vigie_as_of')
  AND EXISTS (
    SELECT 1 FROM zone_scope z
    WHERE z.code_epci = l.code_epci
      AND j."date" >= z.date_designation AND (z.date_retrait IS NULL OR j."date" < z.date_retrait))`,
  },
  {
    name: 'acts_in_scope',
    description:
      'Actes (clean.actes, un par id_acte) datés du lancement à la fin de la dernière semaine, à un lieu d’une zone en périmètre ce jour-là.',
    sql: `
SELECT a.id_acte, a.date_soins AS day, a.id_patient, a.code_prestation, a.patient_ald, a.patient_avec_mt,
       a.montant_base, a.montant_depassement, l.code_epci
FROM clean.actes a
JOIN lieux_zone l ON l.siret = a.siret_lieu_execution
WHERE a.date_soins BETWEEN getvariable('vigie_launch') AND getvariable('vigie_as_of')
  AND EXISTS (
    SELECT 1 FROM zone_scope z
    WHERE z.code_epci = l.code_epci
      AND a.date_soins >= z.date_designation AND (z.date_retrait IS NULL OR a.date_soins < z.date_retrait))`,
  },
  {
    name: 'covered_zones',
    description:
      'Zones en périmètre à la fin de la période et couvertes à cette date : au moins une unité de journée réalisée dans les 28 jours qui finissent ce jour-là.',
    sql: `
WITH realised_zone_days AS (
  SELECT DISTINCT day, code_epci FROM days_in_scope WHERE statut = 'REALISEE'
)
SELECT DISTINCT z.period_type, z.period, z.code_epci, z.population
FROM zones_at_end z
JOIN periods p USING (period_type, period)
JOIN realised_zone_days d ON d.code_epci = z.code_epci AND ${inCoverageWindowSql('d.day', 'p.period_end')}`,
  },
  {
    name: 'communes_in_zones',
    description: 'Communes actuelles (ref.communes) des EPCI qui sont des zones prioritaires, avec leur population municipale.',
    sql: `
SELECT c.code_commune, c.code_epci, c.population
FROM ref.communes c
WHERE c.code_epci IN (SELECT code_epci FROM zone_scope)`,
  },
  {
    name: 'territory_zones',
    description:
      'Les zones que décrit chaque ligne d’un indicateur de contexte : une zone se décrit elle-même ; un département, une région ou FR, par ses zones en périmètre le dernier jour de la période.',
    sql: `
SELECT z.period_type, z.period, g.level, g.geo_code, z.code_epci
FROM zones_in_period z
JOIN zone_geo g USING (code_epci)
WHERE g.level = 'zone'
UNION ALL
SELECT z.period_type, z.period, g.level, g.geo_code, z.code_epci
FROM zones_at_end z
JOIN zone_geo g USING (code_epci)
WHERE g.level <> 'zone'`,
  },
];
