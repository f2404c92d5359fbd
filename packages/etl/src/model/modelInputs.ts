import { createHash } from 'node:crypto';
import { rawTableName } from '../sources/sourceDeclaration.js';
import { sources } from '../sources/sources.js';
import type { Warehouse } from '../warehouse/index.js';
import type { SourceCleanModel } from './cleanModel.js';
import { asOfFilter } from './latestVersionSql.js';

/** The digest of every row of `alias` in a query's FROM: rows as JSON, in their text's order. */
const rowsDigestSql = (alias: string) => `md5(string_agg(to_json(${alias})::VARCHAR, chr(10) ORDER BY to_json(${alias})::VARCHAR))`;

/**
 * What a clean table was last built from, so that a model step can leave alone a table whose
 * inputs did not change (an ordinary week brings acts and days, not volunteers: rewriting
 * clean.volontaires was a third of such a step). Kept in `ledger.model_inputs` (table_name, digest),
 * written in the model step's transaction; a whole rebuild by `buildCleanTables` forgets it.
 */
export const MODEL_INPUTS_DDL = `CREATE TABLE IF NOT EXISTS ledger.model_inputs (table_name VARCHAR NOT NULL, digest VARCHAR NOT NULL)`;

/**
 * The digest of everything a model reads, or null when it reads more than this can vouch for
 * (another source's raw table, another clean table, another schema, the date `asOf` used other
 * than to leave out later extracts): such a table is always rebuilt. The inputs: the model's SQL
 * (the date `asOf` left out: two dates that let the same files through give the same table); the
 * ledger lines of its source's files up to `asOf`, and of any file with the same bytes (versions,
 * dates, arrivals, statuses, counts: what the version queries read); the number of rows of its raw
 * table (rows are written once per file, with its ledger line); the content of each ref.* table
 * its SQL names.
 */
export async function modelInputsDigest(wh: Warehouse, model: SourceCleanModel, asOf: string | undefined): Promise<string | null> {
  const source = sources.find((s) => s.id === model.sourceId);
  if (!source) return null;
  let sql = model.sql(asOf);
  if (asOf !== undefined) {
    const parts = sql.split(asOfFilter('f.extract_date', asOf));
    if (parts.some((p) => p.includes(asOf))) return null;
    sql = parts.join('(f.extract_date IS NULL OR f.extract_date <= $asOf)');
  }
  const raw = rawTableName(source);
  const named = new Set([...sql.matchAll(/\b(raw|clean|ref|ledger|indicators|publication)\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => `${m[1]}.${m[2]}`));
  const refs: string[] = [];
  for (const table of named) {
    if (table === raw || table === model.table || table === 'ledger.files') continue;
    if (table.startsWith('ref.')) refs.push(table);
    else return null;
  }
  const hash = createHash('sha256').update(sql);
  const ledger = await wh.one<{ d: string | null; n: number }>(
    `WITH versions AS (SELECT file_id FROM ledger.files WHERE source_id = $source AND ${asOfFilter('extract_date', asOf)})
     SELECT ${rowsDigestSql('f')} AS d, (SELECT count(*) FROM ${raw}) AS n
     FROM ledger.files AS f WHERE (f.source_id = $source AND ${asOfFilter('f.extract_date', asOf)}) OR f.file_id IN (SELECT file_id FROM versions)`,
    { source: source.id },
  );
  hash.update(`\n${ledger?.d ?? ''}\n${ledger?.n ?? 0}`);
  for (const table of refs.sort()) {
    const content = await wh.one<{ d: string | null }>(`SELECT ${rowsDigestSql('t')} AS d FROM ${table} AS t`);
    hash.update(`\n${table}\n${content?.d ?? ''}`);
  }
  return hash.digest('hex');
}

/** The table exists and was last built from inputs with this digest. */
export async function builtFrom(wh: Warehouse, table: string, digest: string): Promise<boolean> {
  const [schema, name] = table.split('.') as [string, string];
  const row = await wh.one<{ ok: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = $schema AND table_name = $name)
       AND EXISTS (SELECT 1 FROM ledger.model_inputs WHERE table_name = $table AND digest = $digest) AS ok`,
    { schema, name, table, digest },
  );
  return row?.ok === true;
}

/** Records what the table was just built from (nothing when it has no digest: rebuilt every time). */
export async function recordInputs(wh: Warehouse, table: string, digest: string | null): Promise<void> {
  await wh.run(`DELETE FROM ledger.model_inputs WHERE table_name = $table`, { table });
  if (digest) await wh.run(`INSERT INTO ledger.model_inputs VALUES ($table, $digest)`, { table, digest });
}
