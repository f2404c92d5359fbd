import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openWarehouse } from '@vigie/etl';

/**
 * A small, plausible publication folder (see docs/architecture.md, « le dossier de publication »)
 * for the dashboard tests, until the real publish step writes one.
 *
 * Five zones in two régions, ISO weeks 2025-S36 to 2025-S41 (the last complete week, from
 * 06/10/2025 to 12/10/2025). National figures of 2025-S41: 61,5 journées réalisées, 5 zones
 * couvertes out of 5 (100,0 %), 1 234 actes; of 2025-S40: 44,5 journées, 4 zones (80,0 %), 730 actes.
 * Two zone values of 2025-S41 (`consultations`) are masked (`secret`): one of 1 to 10 acts, and
 * one masked so that the first cannot be recovered from the département's total.
 */
export const FIXTURE_RUN_ID = 'run-20251013-0600-hebdomadaire';

export interface FixtureZone {
  code: string;
  libelle: string;
  departement: string;
  region: string;
  population: number;
  /** Realised day units per week, from 2025-S36 to 2025-S41. */
  jours: number[];
  /** Acts per week, from 2025-S36 to 2025-S41. */
  actes: number[];
}

export const FIXTURE_ZONES: FixtureZone[] = [
  { code: '200035723', libelle: 'CC Berry Grand Sud', departement: '18', region: '24', population: 17950, jours: [3, 6, 8, 10, 12, 14], actes: [20, 60, 110, 150, 200, 260] },
  { code: '241800507', libelle: 'CC Cœur de France', departement: '18', region: '24', population: 11876, jours: [2, 4.5, 7, 9, 10.5, 12.5], actes: [11, 50, 90, 130, 170, 214] },
  { code: '200034825', libelle: 'CC Pays de Nérondes', departement: '18', region: '24', population: 6150, jours: [3, 0, 0, 0, 0, 0.5], actes: [25, 0, 0, 0, 0, 6] },
  { code: '245804406', libelle: 'CC Morvan Sommets et Grands Lacs', departement: '58', region: '27', population: 14820, jours: [1, 5, 9, 11, 13, 15], actes: [15, 70, 120, 160, 210, 253] },
  { code: '200067130', libelle: 'CC de Puisaye-Forterre', departement: '89', region: '27', population: 34990, jours: [0, 0, 2, 6, 9, 19.5], actes: [0, 0, 12, 90, 150, 501] },
];

/** The zone values published as `secret` (indicator `consultations`, week 2025-S41). */
export const FIXTURE_SECRET_ZONES = ['200034825', '241800507'];

const INDICATEURS = [
  ['jours_realises', 'Journées réalisées', 'Somme des unités de journée réalisées dans la période (JOURNEE = 1, MATIN ou APRES_MIDI = ½).', 'journées', 'unités de journée réalisées', null],
  ['zones_couvertes', 'Zones couvertes', 'Zones en vigueur couvertes à la fin de la période : au moins une unité de journée réalisée dans les 28 jours qui la précèdent.', 'zones', 'zones couvertes', null],
  ['taux_zones_couvertes', 'Part des zones couvertes', 'Zones couvertes ÷ zones en vigueur.', '%', 'zones couvertes', 'zones en vigueur'],
  ['consultations', 'Actes réalisés', 'Actes datés dans la période, dans un lieu solidaire d’une zone en vigueur, comptés une fois par id_acte.', 'actes', 'actes', null],
] as const;

/** Writes the fixture publication into `dir` (created if needed). */
export async function writeFixturePublication(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const wh = await openWarehouse(':memory:');
  try {
    const zoneRows = FIXTURE_ZONES.map(
      (z) => `('${z.code}', '${z.libelle.replace(/'/g, "''")}', '${z.departement}', '${z.region}', ${z.population})`,
    ).join(',\n');
    const weekRows = FIXTURE_ZONES.flatMap((z) =>
      z.jours.map((jours, i) => `('${z.code}', ${36 + i}, ${jours}, ${z.actes[i]})`),
    ).join(',\n');
    const indicateurRows = INDICATEURS.map(
      (row) => `(${row.map((v) => (v === null ? 'NULL' : `'${v.replace(/'/g, "''")}'`)).join(', ')})`,
    ).join(',\n');
    const secretCodes = FIXTURE_SECRET_ZONES.map((c) => `'${c}'`).join(', ');

    await wh.run(`
      CREATE TABLE zones (code_epci VARCHAR, libelle VARCHAR, code_departement VARCHAR, code_region VARCHAR, population BIGINT);
      INSERT INTO zones VALUES ${zoneRows};

      CREATE TABLE zone_week AS
      WITH raw (code_epci, semaine, jours, actes) AS (VALUES ${weekRows})
      SELECT code_epci, jours, actes,
             '2025-S' || semaine AS periode,
             DATE '2025-09-01' + INTERVAL ((semaine - 36) * 7) DAY AS date_debut,
             sum(jours) OVER (PARTITION BY code_epci ORDER BY semaine ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) > 0 AS couverte
      FROM raw;

      CREATE TABLE geo AS
      SELECT code_epci, 'zone' AS niveau, code_epci AS code_geo FROM zones
      UNION ALL SELECT code_epci, 'departement', code_departement FROM zones
      UNION ALL SELECT code_epci, 'region', code_region FROM zones
      UNION ALL SELECT code_epci, 'national', 'FR' FROM zones;

      CREATE TABLE weekly AS
      SELECT g.niveau, g.code_geo, w.periode, w.date_debut::DATE AS date_debut, (w.date_debut + INTERVAL 6 DAY)::DATE AS date_fin,
             sum(w.jours) AS jours, sum(w.actes) AS actes,
             count(*) FILTER (WHERE w.couverte) AS couvertes, count(*) AS en_vigueur
      FROM zone_week w JOIN geo g USING (code_epci)
      GROUP BY ALL;

      CREATE TABLE valeurs_brutes AS
      SELECT 'jours_realises' AS indicateur, 'semaine' AS type_periode, periode, date_debut, date_fin, niveau, code_geo,
             jours AS valeur, jours AS numerateur, NULL::DOUBLE AS denominateur FROM weekly
      UNION ALL
      SELECT 'consultations', 'semaine', periode, date_debut, date_fin, niveau, code_geo, actes, actes, NULL FROM weekly
      UNION ALL
      SELECT 'zones_couvertes', 'semaine', periode, date_debut, date_fin, niveau, code_geo, couvertes, couvertes, NULL
      FROM weekly WHERE niveau <> 'zone'
      UNION ALL
      SELECT 'taux_zones_couvertes', 'semaine', periode, date_debut, date_fin, niveau, code_geo,
             couvertes / en_vigueur, couvertes, en_vigueur
      FROM weekly WHERE niveau <> 'zone'
      UNION ALL
      SELECT 'jours_realises', 'mois', strftime(date_debut, '%Y-%m'), min(date_debut), max(date_fin), niveau, code_geo,
             sum(jours), sum(jours), NULL FROM weekly GROUP BY ALL
      UNION ALL
      SELECT 'consultations', 'mois', strftime(date_debut, '%Y-%m'), min(date_debut), max(date_fin), niveau, code_geo,
             sum(actes), sum(actes), NULL FROM weekly GROUP BY ALL
      UNION ALL
      SELECT 'jours_realises', 'cumul', strftime(date_fin, '%Y-%m-%d'), DATE '2025-09-01', date_fin, niveau, code_geo,
             sum(jours) OVER (PARTITION BY niveau, code_geo ORDER BY date_fin), NULL, NULL FROM weekly
      UNION ALL
      SELECT 'consultations', 'cumul', strftime(date_fin, '%Y-%m-%d'), DATE '2025-09-01', date_fin, niveau, code_geo,
             sum(actes) OVER (PARTITION BY niveau, code_geo ORDER BY date_fin), NULL, NULL FROM weekly;

      CREATE TABLE valeurs AS
      SELECT indicateur, 1 AS version, type_periode, periode, date_debut, date_fin, niveau, code_geo,
             CASE WHEN masque THEN NULL ELSE valeur END AS valeur,
             CASE WHEN masque THEN NULL ELSE coalesce(numerateur, valeur) END AS numerateur,
             CASE WHEN masque THEN NULL ELSE denominateur END AS denominateur,
             CASE WHEN masque THEN 'secret' ELSE 'ok' END AS statut,
             '${FIXTURE_RUN_ID}' AS run_id
      FROM (
        SELECT *, indicateur = 'consultations' AND niveau = 'zone' AND code_geo IN (${secretCodes})
                  AND periode IN ('2025-S41', '2025-10', '2025-10-12') AS masque
        FROM valeurs_brutes
      )
      ORDER BY indicateur, type_periode, periode, niveau, code_geo;

      CREATE TABLE indicateurs AS
      SELECT id, 1 AS version, libelle, definition, unite, numerateur, denominateur,
             ['zone', 'departement', 'region', 'national'] AS niveaux,
             ['ars.journees', 'cnam.actes'] AS sources,
             'Données de démonstration.' AS limites
      FROM (VALUES ${indicateurRows}) t(id, libelle, definition, unite, numerateur, denominateur);

      CREATE TABLE territoires AS
      SELECT 'national' AS niveau, 'FR' AS code_geo, 'France' AS libelle, NULL AS code_departement, NULL AS code_region,
             68373433::BIGINT AS population, true AS en_zone
      UNION ALL SELECT 'region', '24', 'Centre-Val de Loire', NULL, '24', 2573180, true
      UNION ALL SELECT 'region', '27', 'Bourgogne-Franche-Comté', NULL, '27', 2785393, true
      UNION ALL SELECT 'region', '11', 'Île-de-France', NULL, '11', 12271794, false
      UNION ALL SELECT 'departement', '18', 'Cher', '18', '24', 298583, true
      UNION ALL SELECT 'departement', '58', 'Nièvre', '58', '27', 199596, true
      UNION ALL SELECT 'departement', '89', 'Yonne', '89', '27', 332096, true
      UNION ALL SELECT 'zone', code_epci, libelle, code_departement, code_region, population, true FROM zones;

      CREATE TABLE fichiers AS
      SELECT * FROM (VALUES
        ('a1f3', 'ars/journees_24_2025-S41.csv', 'ars.journees', 18230, DATE '2025-10-12', TIMESTAMP '2025-10-13 05:40:00', 412, 410, 2, 'charge_avec_rejets', '2 lignes rejetées', '${FIXTURE_RUN_ID}'),
        ('b2e4', 'ars/journees_27_2025-S41.csv', 'ars.journees', 15110, DATE '2025-10-12', TIMESTAMP '2025-10-13 05:41:00', 355, 355, 0, 'charge', NULL, '${FIXTURE_RUN_ID}'),
        ('c3d5', 'cnam/actes_mission_2025-S41.csv', 'cnam.actes', 402118, DATE '2025-10-12', TIMESTAMP '2025-10-13 05:42:00', 1240, 1234, 6, 'charge_avec_rejets', '6 lignes rejetées', '${FIXTURE_RUN_ID}')
      ) t(file_id, path, source_id, size_bytes, extract_date, arrived_at, rows_read, rows_loaded, rows_rejected, status, message, run_id);

      CREATE TABLE rejets AS
      SELECT * FROM (VALUES
        ('ars.journees', 'ars/journees_24_2025-S41.csv', 'Créneau', 'valeur attendue : JOURNEE, MATIN ou APRES_MIDI', 2),
        ('cnam.actes', 'cnam/actes_mission_2025-S41.csv', 'Date des soins', 'date attendue au format AAAA-MM-JJ', 6)
      ) t(source, fichier, colonne, message, nombre);

      CREATE TABLE executions AS
      SELECT * FROM (VALUES
        ('run-20251006-0600-hebdomadaire', 'hebdomadaire', 'planificateur', TIMESTAMP '2025-10-06 06:00:00', TIMESTAMP '2025-10-06 06:03:12', 'reussi', DATE '2025-10-05', NULL),
        ('${FIXTURE_RUN_ID}', 'hebdomadaire', 'planificateur', TIMESTAMP '2025-10-13 06:00:00', TIMESTAMP '2025-10-13 06:04:31', 'reussi', DATE '2025-10-12', NULL)
      ) t(run_id, pipeline, trigger, started_at, ended_at, status, as_of, message);

      CREATE TABLE etapes AS
      SELECT * FROM (VALUES
        ('${FIXTURE_RUN_ID}', 'ingest', TIMESTAMP '2025-10-13 06:00:00', TIMESTAMP '2025-10-13 06:02:10', 'reussi', 2007, NULL),
        ('${FIXTURE_RUN_ID}', 'model', TIMESTAMP '2025-10-13 06:02:10', TIMESTAMP '2025-10-13 06:02:55', 'reussi', 1999, NULL),
        ('${FIXTURE_RUN_ID}', 'compute', TIMESTAMP '2025-10-13 06:02:55', TIMESTAMP '2025-10-13 06:04:01', 'reussi', 640, NULL),
        ('${FIXTURE_RUN_ID}', 'publish', TIMESTAMP '2025-10-13 06:04:01', TIMESTAMP '2025-10-13 06:04:31', 'reussi', 640, NULL)
      ) t(run_id, step, started_at, ended_at, status, rows, message);

      CREATE TABLE alertes AS
      SELECT * FROM (VALUES
        ('zone_sans_activite', 'zone', '200034825', 'CC Pays de Nérondes', 'Aucune journée réalisée de la semaine 37 à la semaine 40', DATE '2025-10-05')
      ) t(type, niveau, code_geo, libelle, detail, date);

      CREATE TABLE meta AS
      SELECT '${FIXTURE_RUN_ID}' AS run_id, TIMESTAMP '2025-10-13 06:04:31' AS publie_le, '2025-S41' AS derniere_semaine,
             true AS demo, '0.1.0' AS version;
    `);
    for (const table of ['valeurs', 'indicateurs', 'territoires', 'fichiers', 'rejets', 'executions', 'etapes', 'alertes', 'meta']) {
      const target = join(dir, `${table}.parquet`).replace(/'/g, "''");
      await wh.run(`COPY ${table} TO '${target}' (FORMAT parquet)`);
    }
  } finally {
    wh.close();
  }
}
