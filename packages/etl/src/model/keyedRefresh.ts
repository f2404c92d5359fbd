import { createHash } from 'node:crypto';
import type { Warehouse } from '../warehouse/index.js';
import type { CleanModel, CleanRefresh } from './cleanModel.js';
import { latestByKeySql, versionsSql } from './latestVersionSql.js';

/** A clean table holding the latest version of each key of a delta source, built by increment (`keyedCleanModel`). */
export interface KeyedTable {
  /** `clean.actes`. */
  table: string;
  sourceId: string;
  rawTable: string;
  /** The key's columns, named alike in the raw and the clean table. */
  key: readonly string[];
  /** The clean columns, reading the raw row as `r` and its version as `v` (latestByKeySql). */
  select: string;
  /** The order of a whole build (`date, siret_lieu`), none: left unsorted. */
  orderBy?: string;
}

/** The whole build of `spec`'s table. */
function wholeSql(spec: KeyedTable, asOf: string | undefined): string {
  return `
CREATE OR REPLACE TABLE ${spec.table} AS
${latestByKeySql(spec.sourceId, spec.rawTable, spec.key, spec.select, asOf)}${spec.orderBy ? `\nORDER BY ${spec.orderBy}` : ''}`;
}

/**
 * SQL: the row `alias` has a key of the temporary table `changed_keys`, as an IN (a correlated
 * EXISTS kept the planner from filtering the raw rows before ranking their versions: 10 times slower).
 */
function changedKeySql(spec: KeyedTable, alias: string): string {
  const [one, ...more] = spec.key;
  if (one !== undefined && more.length === 0) return `${alias}.${one} IN (SELECT ${one} FROM changed_keys)`;
  return `row(${spec.key.map((k) => `${alias}.${k}`).join(', ')}) IN (SELECT row(${spec.key.join(', ')}) FROM changed_keys)`;
}

/**
 * Builds the table by increment when it can: the versions (files) of the source it was last
 * built from are kept in ledger.model_versions; when every one of them is still a version and
 * the model's SQL is the same, only the keys found in the new versions' rows are replaced (each
 * by its newest version among all), every other key keeping its row (new rows come last, not in
 * `orderBy`'s order). Otherwise (first build, a version gone: an earlier `--jusqu-au`, the SQL
 * changed, a key with an empty column) the table is rebuilt whole. Returns which, for the step's
 * message and the tests.
 */
export async function refreshKeyedTable(wh: Warehouse, spec: KeyedTable, asOf: string | undefined): Promise<CleanRefresh> {
  const sqlHash = createHash('sha256').update(wholeSql(spec, undefined)).digest('hex');
  const [schema, name] = spec.table.split('.') as [string, string];
  await wh.run(`CREATE TABLE IF NOT EXISTS ledger.model_versions (
    table_name VARCHAR NOT NULL, file_id VARCHAR NOT NULL, extract_date DATE, arrived_at TIMESTAMP, scope VARCHAR, sql_hash VARCHAR NOT NULL)`);
  await wh.run(`CREATE OR REPLACE TEMP TABLE keyed_versions AS SELECT file_id, extract_date, arrived_at, scope FROM (${versionsSql(spec.sourceId, asOf)})`);
  const state = await wh.one<{ exists: boolean; previous: number; same_sql: number; gone: number }>(
    `SELECT EXISTS (SELECT 1 FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = $schema AND table_name = $name) AS "exists",
       (SELECT count(*) FROM ledger.model_versions WHERE table_name = $t) AS previous,
       (SELECT count(*) FROM ledger.model_versions WHERE table_name = $t AND sql_hash = $h) AS same_sql,
       (SELECT count(*) FROM (SELECT file_id, extract_date, arrived_at, scope FROM ledger.model_versions WHERE table_name = $t
                              EXCEPT SELECT * FROM keyed_versions)) AS gone`,
    { schema, name, t: spec.table, h: sqlHash },
  );
  let mode: CleanRefresh;
  if (!state?.exists || state.previous === 0 || state.same_sql !== state.previous || state.gone > 0) {
    await wh.run(wholeSql(spec, asOf));
    mode = 'complet';
  } else {
    const keys = spec.key.map((k) => `r.${k}`).join(', ');
    await wh.run(`CREATE OR REPLACE TEMP TABLE changed_keys AS
      SELECT DISTINCT ${keys} FROM ${spec.rawTable} r
      WHERE r._file_id IN (SELECT file_id FROM (SELECT file_id, extract_date, arrived_at, scope FROM keyed_versions
                             EXCEPT SELECT file_id, extract_date, arrived_at, scope FROM ledger.model_versions WHERE table_name = $t))`,
      { t: spec.table });
    const changed = await wh.one<{ n: number; nulls: number }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE ${spec.key.map((k) => `${k} IS NULL`).join(' OR ')}) AS nulls FROM changed_keys`,
    );
    if ((changed?.nulls ?? 0) > 0) {
      await wh.run(wholeSql(spec, asOf));
      mode = 'complet';
    } else if ((changed?.n ?? 0) === 0) {
      mode = 'inchange';
    } else {
      await wh.run(`DELETE FROM ${spec.table} t WHERE ${changedKeySql(spec, 't')}`);
      await wh.run(`INSERT INTO ${spec.table} ${latestByKeySql(spec.sourceId, spec.rawTable, spec.key, spec.select, asOf, changedKeySql(spec, 'r'))}`);
      mode = 'increment';
    }
    await wh.run('DROP TABLE IF EXISTS temp.changed_keys');
  }
  await wh.run(`DELETE FROM ledger.model_versions WHERE table_name = $t`, { t: spec.table });
  await wh.run(`INSERT INTO ledger.model_versions SELECT $t, file_id, extract_date, arrived_at, scope, $h FROM keyed_versions`, { t: spec.table, h: sqlHash });
  await wh.run('DROP TABLE IF EXISTS temp.keyed_versions');
  return mode;
}

/** The clean model of a keyed table: its whole SQL (the socle's text, a whole rebuild) and its refresh by increment. */
export function keyedCleanModel(spec: KeyedTable): CleanModel {
  return { table: spec.table, sql: (asOf) => wholeSql(spec, asOf), refresh: (wh, asOf) => refreshKeyedTable(wh, spec, asOf) };
}
