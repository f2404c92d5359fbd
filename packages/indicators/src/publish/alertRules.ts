import { coverageWindowStartSql, inCoverageWindowSql } from '../compute/coverageWindow.js';
import { besoinAlertRule } from './besoinAlertRule.js';

/**
 * The alerts of the publication, one SQL each, read after `createPreparedTables` (as of the end of the
 * last computed week) and `writeLateSources` (as of the run's date). Each returns niveau, code_geo,
 * libelle, detail, date. No personal data: lieux of type CABINET are named by their commune only,
 * act counts are given only as published by the values (the same secrecy decision).
 */
export interface AlertRule {
  readonly type: string;
  /** The heading a reader sees (« Zones sans activité »). */
  readonly title: string;
  readonly description: string;
  readonly sql: string;
}

const AS_OF = `getvariable('vigie_as_of')`;
const frDate = (expr: string) => `strftime(${expr}, '%d/%m/%Y')`;
const frCount = (expr: string) => `replace(format('{:,}', ${expr}), ',', ' ')`;

export const alertRules: readonly AlertRule[] = [
  {
    type: 'zone_sans_activite',
    title: 'Zones sans activité',
    description: 'Zone en périmètre sans journée réalisée dans les 4 dernières semaines.',
    sql: `
WITH zones AS (
  SELECT code_epci, any_value(libelle) AS libelle FROM zone_scope
  WHERE date_designation <= ${AS_OF} AND (date_retrait IS NULL OR date_retrait > ${AS_OF})
  GROUP BY code_epci
),
last_realised AS (
  SELECT code_epci, max(day) AS last_day FROM days_in_scope WHERE statut = 'REALISEE' GROUP BY code_epci
)
SELECT 'zone' AS niveau, z.code_epci AS code_geo, z.libelle,
       CASE WHEN l.last_day IS NULL THEN 'Aucune journée réalisée depuis le lancement'
            ELSE 'Dernière journée réalisée le ' || ${frDate('l.last_day')} END
       || ' ; aucune du ' || ${frDate(coverageWindowStartSql(AS_OF))} || ' au ' || ${frDate(AS_OF)} || '.' AS detail,
       ${AS_OF} AS date
FROM zones z
LEFT JOIN last_realised l USING (code_epci)
WHERE l.last_day IS NULL OR NOT (${inCoverageWindowSql('l.last_day', AS_OF)})`,
  },
  {
    type: 'lieu_jamais_utilise',
    title: 'Lieux jamais utilisés',
    description: 'Lieu solidaire ouvert sans aucune journée réalisée.',
    sql: `
WITH lieux AS (
  SELECT DISTINCT ON (siret) siret, nom_lieu, type_lieu, code_commune, code_epci, date_ouverture
  FROM clean.lieux
  WHERE date_ouverture <= ${AS_OF} AND (date_fermeture IS NULL OR date_fermeture > ${AS_OF})
  ORDER BY siret, code_region_ars
),
used AS (
  SELECT DISTINCT siret_lieu FROM clean.journees WHERE statut = 'REALISEE' AND "date" <= ${AS_OF}
)
SELECT CASE WHEN l.code_epci IN (SELECT code_epci FROM zone_scope) THEN 'zone' ELSE 'epci' END AS niveau,
       l.code_epci AS code_geo,
       CASE WHEN l.type_lieu = 'CABINET' THEN 'Cabinet médical, ' || coalesce(c.libelle, l.code_commune) ELSE l.nom_lieu END AS libelle,
       'Lieu ouvert le ' || ${frDate('l.date_ouverture')} || ', aucune journée réalisée.' AS detail,
       l.date_ouverture AS date
FROM lieux l
LEFT JOIN ref.communes c ON c.code_commune = l.code_commune
WHERE l.siret NOT IN (SELECT siret_lieu FROM used)`,
  },
  {
    type: 'depassement_honoraires',
    title: 'Dépassements d’honoraires',
    description: 'Actes facturés avec dépassement d’honoraires (objectif : aucun), depuis le lancement.',
    sql: `
WITH acts AS (
  SELECT code_epci, max(day) AS last_day
  FROM acts_in_scope WHERE montant_depassement > 0 GROUP BY code_epci
),
published AS (
  -- le nombre publié par taux_depassement (cumul à la fin de la dernière semaine) : la même décision de secret
  SELECT geo_code AS code_epci, numerator
  FROM publish."values"
  WHERE indicator_id = 'taux_depassement' AND period_type = 'cumul' AND period_end = ${AS_OF} AND level = 'zone'
)
SELECT 'zone' AS niveau, a.code_epci AS code_geo, z.libelle,
       CASE WHEN p.numerator IS NULL THEN 'Des actes (nombre couvert par le secret statistique)'
            ELSE ${frCount('CAST(p.numerator AS BIGINT)')} || ' actes' END
       || ' avec dépassement d’honoraires depuis le 01/09/2025, le dernier le ' || ${frDate('a.last_day')} || '.' AS detail,
       a.last_day AS date
FROM acts a
LEFT JOIN published p USING (code_epci)
JOIN (SELECT code_epci, any_value(libelle) AS libelle FROM zone_scope GROUP BY code_epci) z USING (code_epci)`,
  },
  {
    type: 'activite_hors_zone',
    title: 'Activité hors zone',
    description: 'Journées réalisées à des lieux hors zone en périmètre ou inconnus (non comptées dans les indicateurs).',
    sql: `
WITH days AS (
  SELECT j."date" AS day, j.siret_lieu,
         CASE creneau WHEN 'JOURNEE' THEN 1.0 ELSE 0.5 END AS unites, l.code_epci
  FROM clean.journees j LEFT JOIN lieux_zone l ON l.siret = j.siret_lieu
  WHERE j.statut = 'REALISEE' AND j."date" BETWEEN getvariable('vigie_launch') AND ${AS_OF}
),
outside AS (
  SELECT * FROM days d
  WHERE d.code_epci IS NULL OR NOT EXISTS (
    SELECT 1 FROM zone_scope z WHERE z.code_epci = d.code_epci
      AND d.day >= z.date_designation AND (z.date_retrait IS NULL OR d.day < z.date_retrait))
)
SELECT CASE WHEN code_epci IS NULL THEN 'national' ELSE 'epci' END AS niveau, coalesce(code_epci, 'FR') AS code_geo,
       CASE WHEN code_epci IS NULL THEN 'Lieux inconnus du registre des lieux' ELSE coalesce(any_value(e.libelle), code_epci) END AS libelle,
       replace(CAST(sum(unites) AS VARCHAR), '.', ',') || ' journées réalisées hors zone en périmètre ou à un lieu inconnu, non comptées.' AS detail,
       max(day) AS date
FROM outside LEFT JOIN ref.epci e USING (code_epci)
GROUP BY code_epci`,
  },
  {
    type: 'source_en_retard',
    title: 'Sources en retard',
    description:
      'Source en retard ou jamais reçue selon sa fréquence déclarée et son délai de grâce, à la date de l’exécution (la date de calcul pour un calcul rétrospectif).',
    sql: `
SELECT niveau, code_geo, libelle, detail, date FROM late_sources`,
  },
  besoinAlertRule,
];
