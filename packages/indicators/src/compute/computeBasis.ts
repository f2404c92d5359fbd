import type { Warehouse } from '@vigie/etl';
import { ACTIVITY_SOURCES } from './activitySources.js';

/**
 * What a computation read, as fingerprints (row count and order-free sum of row hashes): the
 * activity tables (ACTIVITY_SOURCES: clean.actes, clean.journees) day by day, every other clean.* and ref.* table
 * whole, and the ledger's rows of the other sources (snapshot definitions read it). Comparing two
 * bases says from which day the data changed: the only periods an increment recomputes.
 */

/** The ledger's columns fingerprinted for the rows of the other sources. */
const LEDGER_COLUMNS = 'file_id, source_id, scope, extract_date, status, rows_read, rows_loaded, rows_rejected';

/** Creates `indicators.compute_basis` and `indicators.compute_plans` when missing (docs/architecture.md). */
export async function ensureComputeBasisTables(wh: Warehouse): Promise<void> {
  await wh.run(`
CREATE TABLE IF NOT EXISTS indicators.compute_basis (
  run_id VARCHAR NOT NULL, table_name VARCHAR NOT NULL, day DATE, row_count BIGINT NOT NULL, row_hash VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS indicators.compute_plans (
  run_id VARCHAR NOT NULL, computed_at TIMESTAMP NOT NULL, as_of DATE NOT NULL, definitions VARCHAR NOT NULL,
  mode VARCHAR NOT NULL, previous_run_id VARCHAR, from_day DATE, reason VARCHAR NOT NULL)`);
}

/** Fills the temporary table `current_basis` (table_name, day, row_count, row_hash) from the warehouse as it is. */
export async function measureCurrentBasis(wh: Warehouse): Promise<void> {
  const tables = await wh.all<{ name: string }>(
    `SELECT schema_name || '.' || table_name AS name FROM duckdb_tables()
     WHERE database_name = current_database() AND schema_name IN ('clean', 'ref') AND NOT temporary ORDER BY name`,
  );
  const parts = tables.map(({ name }) => {
    const day = ACTIVITY_SOURCES.find((a) => a.cleanTable === name)?.day;
    return day
      ? `SELECT '${name}' AS table_name, CAST(${day} AS DATE) AS day, count(*) AS row_count, CAST(sum(hash(t)) AS VARCHAR) AS row_hash FROM ${name} AS t GROUP BY ALL`
      : `SELECT '${name}', NULL::DATE, count(*), CAST(coalesce(sum(hash(t)), 0) AS VARCHAR) FROM ${name} AS t`;
  });
  const daily = ACTIVITY_SOURCES.map((a) => `'${a.sourceId}'`).join(', ');
  parts.push(`SELECT 'ledger.files', NULL::DATE, count(*), CAST(coalesce(sum(hash(t)), 0) AS VARCHAR)
    FROM (SELECT ${LEDGER_COLUMNS} FROM ledger.files WHERE source_id IS NULL OR source_id NOT IN (${daily})) AS t`);
  await wh.run(`CREATE OR REPLACE TEMP TABLE current_basis AS ${parts.join('\nUNION ALL\n')}`);
}

/** Keeps `current_basis` as the basis of `runId`, and drops it. */
export async function saveCurrentBasis(wh: Warehouse, runId: string): Promise<void> {
  await wh.run(`DELETE FROM indicators.compute_basis WHERE run_id = $run`, { run: runId });
  await wh.run(`INSERT INTO indicators.compute_basis SELECT $run, table_name, day, row_count, row_hash FROM current_basis`, { run: runId });
  await wh.run('DROP TABLE IF EXISTS temp.current_basis');
}
