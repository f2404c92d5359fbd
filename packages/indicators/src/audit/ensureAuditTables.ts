import type { Warehouse } from '@vigie/etl';

/** When a version of a text (a definition, the common base) was first recorded: by which run, at what time. */
const FIRST_RECORDED = 'first_run_id VARCHAR NOT NULL, recorded_at TIMESTAMP NOT NULL';

/**
 * The audit tables of the warehouse (docs/architecture.md, docs/audit.md):
 * - `indicators.definition_versions`: the full text of every version of every definition, as
 *   computed once (a version = one text);
 * - `indicators.lineage_files`: per run and indicator, the input files (by SHA-256 and path) of
 *   its sources within the run's as-of date;
 * - `indicators.lineage_activity`: per run, the rows of each activity file (ars.journees,
 *   cnam.actes) by zone and day, so that the files of one value are a query;
 * - `indicators.socle_versions` and `indicators.run_socle`: the text of the common base (prepared
 *   relations, clean tables, Vigie's version: socleText.ts) and the base each run computed with.
 */
export async function ensureAuditTables(wh: Warehouse): Promise<void> {
  await wh.run(`CREATE TABLE IF NOT EXISTS indicators.definition_versions (
    indicator_id VARCHAR NOT NULL, version INTEGER NOT NULL, text_hash VARCHAR NOT NULL,
    sql VARCHAR NOT NULL, parameters VARCHAR NOT NULL, secrecy_rule VARCHAR NOT NULL,
    label VARCHAR NOT NULL, definition VARCHAR NOT NULL, definition_json VARCHAR NOT NULL,
    ${FIRST_RECORDED})`);
  await wh.run(`CREATE TABLE IF NOT EXISTS indicators.lineage_files (
    run_id VARCHAR NOT NULL,
    indicator_id VARCHAR NOT NULL,
    version INTEGER NOT NULL,
    source_id VARCHAR NOT NULL,
    file_id VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    extract_date DATE,
    scope VARCHAR,
    arrived_at TIMESTAMP,
    size_bytes BIGINT,
    rows_read BIGINT,
    rows_loaded BIGINT,
    rows_rejected BIGINT)`);
  await wh.run(`CREATE TABLE IF NOT EXISTS indicators.lineage_activity (
    run_id VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL,
    file_id VARCHAR NOT NULL,
    code_epci VARCHAR NOT NULL,
    day DATE NOT NULL,
    "rows" BIGINT NOT NULL)`);
  await wh.run(`CREATE TABLE IF NOT EXISTS indicators.socle_versions (
    text_hash VARCHAR NOT NULL, text_json VARCHAR NOT NULL,
    ${FIRST_RECORDED})`);
  await wh.run(`CREATE TABLE IF NOT EXISTS indicators.run_socle (
    run_id VARCHAR NOT NULL,
    text_hash VARCHAR NOT NULL)`);
}
