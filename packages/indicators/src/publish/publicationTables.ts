import type { Warehouse } from '@vigie/etl';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';
import { alertRules } from './alertRules.js';
import { writeCatalogueTables } from './writeCatalogueTables.js';

/**
 * A free-text message without data: the rejected value itself (when given), anything quoted (and,
 * for a rejected row, anything in parentheses), e-mails, numbers of 5 digits or more and 64-hex
 * pseudonyms become « … »; a leading « ligne N, » is dropped so that messages of the same kind
 * aggregate. Vigie's own run, step and file messages keep their parentheses (« fichier(s) »,
 * « (dernière version de chaque clé) »): they hold no row value.
 */
export function scrubMessageSql(column: string, valueColumn?: string): string {
  const withoutValue = valueColumn
    ? `CASE WHEN length(${valueColumn}) >= 2 THEN replace(${column}, ${valueColumn}, '…') ELSE ${column} END`
    : column;
  const enclosed = valueColumn ? `'"[^"]*"|«[^»]*»|“[^”]*”|\\([^)]*\\)'` : `'"[^"]*"|«[^»]*»|“[^”]*”'`;
  return `regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(${withoutValue},
    '^\\s*[Ll]igne [0-9   ]+\\s*[,:]?\\s*', ''),
    ${enclosed}, '…', 'g'),
    '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+', '…', 'g'),
    '[0-9A-Fa-f]{64}', '…', 'g'),
    '[0-9]{5,}', '…', 'g')`;
}

/**
 * A ledger timestamp (TIMESTAMP holding UTC, as `ingestInbox` and the run ledger write it) as the
 * wall-clock time in Paris (TIMESTAMP): 2026-07-01 04:00 → 06:00 (summer), 2026-01-05 05:00 → 06:00.
 */
export function parisTimeSql(column: string): string {
  return `timezone('Europe/Paris', timezone('UTC', ${column}))`;
}

/** The publication tables (publish.<table> → <file>), in the order of docs/architecture.md. */
export const PUBLICATION_TABLES = [
  { table: 'values', file: 'valeurs.parquet' },
  { table: 'indicateurs', file: 'indicateurs.parquet' },
  { table: 'indicateurs_historique', file: 'indicateurs_historique.parquet' },
  { table: 'sources', file: 'sources.parquet' },
  { table: 'territoires', file: 'territoires.parquet' },
  { table: 'fichiers', file: 'fichiers.parquet' },
  { table: 'rejets', file: 'rejets.parquet' },
  { table: 'executions', file: 'executions.parquet' },
  { table: 'etapes', file: 'etapes.parquet' },
  { table: 'alertes', file: 'alertes.parquet' },
  { table: 'alertes_types', file: 'alertes_types.parquet' },
  { table: 'meta', file: 'meta.parquet' },
  { table: 'indicateurs_versions', file: 'indicateurs_versions.parquet' },
  { table: 'lignage', file: 'lignage.parquet' },
  { table: 'lignage_activite', file: 'lignage_activite.parquet' },
  { table: 'socle', file: 'socle.parquet' },
] as const;

/**
 * Writes publish.indicateurs, indicateurs_historique, territoires, fichiers, rejets, executions,
 * etapes, alertes and meta (publish.sources: `writeSourcesTable`). Needs the prepared relations (as
 * of the last computed week). Nothing personal is copied: no RPPS, name, e-mail or patient
 * pseudonym; rejects are aggregated without their values. Ledger timestamps become Paris time.
 */
export async function writePublicationTables(
  wh: Warehouse,
  options: { runId: string; definitions: readonly IndicatorDefinition[]; lastWeek: string; demo: boolean; vigieVersion: string },
): Promise<void> {
  await writeCatalogueTables(wh, options.definitions);
  await wh.run(
    `
    CREATE OR REPLACE TABLE publish.territoires AS
    WITH as_of AS (SELECT getvariable('vigie_as_of') AS d),
    zones AS (
      SELECT code_epci, any_value(libelle) AS libelle, any_value(code_departement) AS code_departement,
             any_value(code_region) AS code_region, any_value(population) AS population,
             bool_or(date_designation <= (SELECT d FROM as_of) AND (date_retrait IS NULL OR date_retrait > (SELECT d FROM as_of))) AS en_zone
      FROM zone_scope GROUP BY code_epci
    ),
    population_dep AS (SELECT code_departement, sum(population) AS population FROM ref.communes GROUP BY ALL),
    population_reg AS (SELECT code_region, sum(population) AS population FROM ref.communes GROUP BY ALL)
    SELECT * FROM (
    SELECT 'zone' AS niveau, code_epci AS code_geo, libelle, code_departement, code_region, population, en_zone,
           -- the coverage rule of the indicators (covered_zones, compute/coverageWindow.ts) for the last week
           en_zone AND code_epci IN (SELECT code_epci FROM covered_zones WHERE period_type = 'semaine' AND period = $lastWeek) AS couverte
    FROM zones
    UNION ALL
    SELECT 'departement', d.code_departement, d.libelle, d.code_departement, d.code_region, p.population,
           d.code_departement IN (SELECT code_departement FROM zones WHERE en_zone AND code_departement IS NOT NULL), NULL
    FROM ref.departements d LEFT JOIN population_dep p USING (code_departement)
    UNION ALL
    SELECT 'region', r.code_region, r.libelle, NULL, r.code_region, p.population,
           r.code_region IN (SELECT code_region FROM zones WHERE en_zone AND code_region IS NOT NULL), NULL
    FROM ref.regions r LEFT JOIN population_reg p USING (code_region)
    UNION ALL
    SELECT 'national', 'FR', 'France', NULL, NULL, (SELECT sum(population) FROM ref.communes), true, NULL
    )
    -- one order, whatever the threads: zones (grouped above, in no order of their own), départements, régions, France
    ORDER BY list_position(['zone', 'departement', 'region', 'national'], niveau), code_geo`,
    { lastWeek: options.lastWeek },
  );
  await wh.run(`
    CREATE OR REPLACE TABLE publish.fichiers AS
    SELECT file_id, path, source_id, size_bytes, extract_date, scope, ${parisTimeSql('arrived_at')} AS arrived_at, rows_read, rows_loaded, rows_rejected,
           status, ${scrubMessageSql('message')} AS message, run_id
    FROM ledger.files f ORDER BY f.path, f.arrived_at`);
  await wh.run(`
    CREATE OR REPLACE TABLE publish.rejets AS
    SELECT source_id AS source, path AS fichier, column_name AS colonne, ${scrubMessageSql('message', 'value')} AS message,
           count(*) AS nombre
    FROM ledger.rejects GROUP BY ALL ORDER BY fichier, colonne, message`);
  await wh.run(`
    CREATE OR REPLACE TABLE publish.executions AS
    SELECT run_id, pipeline, trigger, ${parisTimeSql('started_at')} AS started_at, ${parisTimeSql('ended_at')} AS ended_at, status, as_of, ${scrubMessageSql('message')} AS message
    FROM ledger.runs r ORDER BY r.started_at`);
  await wh.run(`
    CREATE OR REPLACE TABLE publish.etapes AS
    SELECT run_id, step, ${parisTimeSql('started_at')} AS started_at, ${parisTimeSql('ended_at')} AS ended_at, status, rows, ${scrubMessageSql('message')} AS message
    FROM ledger.run_steps s ORDER BY s.started_at`);
  const alerts = alertRules.map((rule) => `SELECT '${rule.type}' AS type, * FROM (${rule.sql})`).join('\nUNION ALL\n');
  await wh.run(`CREATE OR REPLACE TABLE publish.alertes AS
    SELECT type, niveau, code_geo, libelle, detail, CAST(date AS DATE) AS date FROM (${alerts})
    ORDER BY type, niveau, code_geo, libelle`);
  await wh.run(
    `CREATE OR REPLACE TABLE publish.alertes_types AS
     SELECT e.ordre, e.type, e.titre, e.description
     FROM (SELECT unnest(from_json($rules, '[{"ordre":"INTEGER","type":"VARCHAR","titre":"VARCHAR","description":"VARCHAR"}]')) AS e)`,
    { rules: JSON.stringify(alertRules.map((r, i) => ({ ordre: i + 1, type: r.type, titre: r.title, description: r.description }))) },
  );
  await wh.run(
    `CREATE OR REPLACE TABLE publish.meta AS
     SELECT $run AS run_id, timezone('Europe/Paris', now()) AS publie_le, $week AS derniere_semaine,
            getvariable('vigie_as_of') AS date_fin_derniere_semaine, $demo AS demo, $version AS version`,
    { run: options.runId, week: options.lastWeek, demo: options.demo, version: options.vigieVersion },
  );
}
