import type { Warehouse } from './openWarehouse.js';

/**
 * The schemas of the warehouse, one per step (see docs/architecture.md), and the ledger tables
 * that several steps write. Idempotent: safe to call at every start.
 */
export const LEDGER_DDL = `
CREATE SCHEMA IF NOT EXISTS ledger;
CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS ref;
CREATE SCHEMA IF NOT EXISTS clean;
CREATE SCHEMA IF NOT EXISTS indicators;
CREATE SCHEMA IF NOT EXISTS publish;

CREATE TABLE IF NOT EXISTS ledger.files (
  file_id VARCHAR NOT NULL,
  path VARCHAR NOT NULL,
  source_id VARCHAR,
  size_bytes BIGINT NOT NULL,
  extract_date DATE,
  scope VARCHAR,
  arrived_at TIMESTAMP NOT NULL,
  rows_read BIGINT NOT NULL DEFAULT 0,
  rows_loaded BIGINT NOT NULL DEFAULT 0,
  rows_rejected BIGINT NOT NULL DEFAULT 0,
  status VARCHAR NOT NULL,
  message VARCHAR,
  run_id VARCHAR,
  PRIMARY KEY (file_id, path)
);

CREATE TABLE IF NOT EXISTS ledger.rejects (
  file_id VARCHAR NOT NULL,
  path VARCHAR NOT NULL,
  source_id VARCHAR,
  line BIGINT,
  column_name VARCHAR,
  value VARCHAR,
  message VARCHAR NOT NULL,
  run_id VARCHAR
);

CREATE TABLE IF NOT EXISTS ledger.runs (
  run_id VARCHAR PRIMARY KEY,
  pipeline VARCHAR NOT NULL,
  trigger VARCHAR NOT NULL,
  started_at TIMESTAMP NOT NULL,
  ended_at TIMESTAMP,
  status VARCHAR NOT NULL,
  as_of DATE,
  message VARCHAR
);

CREATE TABLE IF NOT EXISTS ledger.run_steps (
  run_id VARCHAR NOT NULL,
  step VARCHAR NOT NULL,
  started_at TIMESTAMP NOT NULL,
  ended_at TIMESTAMP,
  status VARCHAR NOT NULL,
  rows BIGINT,
  message VARCHAR
);

CREATE TABLE IF NOT EXISTS ledger.run_files (
  run_id VARCHAR NOT NULL,
  file_id VARCHAR NOT NULL
);
`;

/**
 * Run and step statuses are spelled one way, in the feminine of « exécution » and « étape »:
 * `en_cours`, `reussie`, `echec`, `interrompue`. A warehouse written before that had runs
 * `reussi` and `interrompu`: respelled once here.
 */
const RESPELL_RUN_STATUSES = `
UPDATE ledger.runs SET status = 'reussie' WHERE status = 'reussi';
UPDATE ledger.runs SET status = 'interrompue' WHERE status = 'interrompu';
`;

export async function ensureSchemas(wh: Warehouse): Promise<void> {
  await wh.run(LEDGER_DDL);
  await wh.run(RESPELL_RUN_STATUSES);
}
