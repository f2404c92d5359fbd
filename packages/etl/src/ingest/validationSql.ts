import { rawTableName, type ColumnDeclaration, type SourceDeclaration } from '../sources/sourceDeclaration.js';
import { columnCheckSql, derivedAsColumn, maskedSql, normalisedSql, SQL_TYPES } from './columnCheckSql.js';
import { sqlIdent as q, sqlString } from '@vigie/core';

/**
 * The SQL derived from a declaration that sorts a staged file's rows into valid (typed, for the
 * raw table) and rejected (one message per faulty cell), in DuckDB, all rows at once.
 *
 * Fields (a query given by stageCsvGroup, or stageXlsx's table): `_file INTEGER` (the file's index
 * in the run), `_line BIGINT, _sheet VARCHAR ('' for a CSV), _row_error VARCHAR, _record VARCHAR`,
 * then one VARCHAR column per declared and derived column id, as written in the file. Check table
 * (one pass over the fields of every file of a group): `_file, _line, _sheet`, per column its
 * typed value under its id, `<id>__masque` when maskable, `_ok`, and `_faults`: NULL for a valid
 * row (nearly all of them), else the list of its faults `{id, col, val, msg}` (the row's own
 * error and record, or one entry per column with its message and text). Keeping the messages and
 * texts in that one list rather than two columns per declared column spares the materialisation
 * of 2 × n mostly empty columns on every row.
 * Metadata table: `_file, file_id, path, source_id, extract_date, scope` of the files to load.
 */

/** Declared columns, then the columns derived from the name (the year of an APL sheet). */
export function checkedColumns(source: SourceDeclaration): ColumnDeclaration[] {
  return [...source.columns, ...source.derived.map(derivedAsColumn)];
}

export function checkTableSql(source: SourceDeclaration, fields: string, check: string, meta: string): string {
  const cols = checkedColumns(source);
  const checks = cols.map((c) => ({ c, sql: columnCheckSql(c, source.columns) }));
  const normalised = cols.flatMap((c) => {
    const id = q(c.id);
    const out = [`${normalisedSql(id, c.maskable)} AS ${id}`, `${id} AS ${q(`${c.id}__raw`)}`];
    if (c.maskable) out.push(`${maskedSql(id)} AS ${q(`${c.id}__s`)}`);
    return out;
  });
  const typed = checks.flatMap(({ sql }) => Object.entries(sql.computed).map(([name, expr]) => `${expr} AS ${q(name)}`));
  const joins = Object.values(Object.assign({}, ...checks.map(({ sql }) => sql.joins)) as Record<string, string>);
  // A row whose fields could not be split (count, quotes) gets its row error only: the rejects
  // query leaves its cell messages out (evaluating them anyway is cheaper than guarding each).
  const errors = checks.map(({ c, sql }) => `${sql.error} AS ${q(`${c.id}__err`)}`);
  const ok = ['_row_error IS NULL', ...cols.map((c) => `${q(`${c.id}__err`)} IS NULL`)].join(' AND ');
  const outputs = cols.flatMap((c) => {
    const out = [`${q(`${c.id}__t`)} AS ${q(c.id)}`];
    if (c.maskable) out.push(`${q(`${c.id}__s`)} AS ${q(`${c.id}__masque`)}`);
    return out;
  });
  // A row whose fields could not be split keeps its row error only (its cell messages would be noise).
  const cells = cols.map(
    (c) => `{'id': ${sqlString(c.id)}, 'col': ${sqlString(c.header)}, 'val': ${q(`${c.id}__raw`)}, 'msg': ${q(`${c.id}__err`)}}`,
  );
  const faults = `CASE WHEN _ok THEN NULL
    WHEN _row_error IS NOT NULL THEN [{'id': NULL::VARCHAR, 'col': NULL::VARCHAR, 'val': _record, 'msg': _row_error}]
    ELSE list_filter([
      ${cells.join(',\n      ')}
    ], x -> x.msg IS NOT NULL) END`;
  return `
CREATE OR REPLACE TEMP TABLE ${check} AS
WITH v AS (
  SELECT _file, _line, _sheet, _row_error, _record,
    ${normalised.join(',\n    ')}
  FROM (${fields}) WHERE _file IN (SELECT _file FROM ${meta})
), t AS (
  SELECT v.*,
    ${typed.join(',\n    ')}
  FROM v
), e AS (
  SELECT t.*,
    ${errors.join(',\n    ')}
  FROM t
  ${joins.join('\n  ')}
), o AS (
  SELECT e.*, (${ok}) AS _ok FROM e
)
SELECT _file, _line, _sheet,
  ${outputs.join(',\n  ')},
  _ok,
  ${faults} AS _faults
FROM o`;
}

/** Characters of a rejected value (or record) kept in ledger.rejects; the rest stays in the file. */
const MAX_VALUE = 1000;

/**
 * Inserts one reject per faulty cell (or per faulty row) of the checked rows. Parameter: run_id.
 * `headers` (`_file, _sheet, id, header`: see headersTableSql) gives each file's (each sheet's)
 * own wording of a column, which the reject names; a column it lacks (derived from the name) keeps
 * its declared label.
 */
export function insertRejectsSql(check: string, meta: string, headers: string): string {
  return `
INSERT INTO ledger.rejects (file_id, path, source_id, line, column_name, value, message, run_id)
SELECT m.file_id, m.path, m.source_id, _line, col, CASE WHEN strlen(e.val) > ${MAX_VALUE} THEN left(e.val, ${MAX_VALUE}) || '…' ELSE e.val END,
  CASE WHEN _sheet <> '' THEN 'feuille ' || _sheet || ', ' ELSE '' END || 'ligne ' || vigie_fr_int(_line)
    || CASE WHEN col IS NULL THEN ' : ' ELSE ', colonne "' || col || '" : ' END || e.msg,
  $1
FROM (
  SELECT r._file, r._line, r._sheet, r.e, CASE WHEN r.e.id IS NULL THEN NULL ELSE coalesce(h.header, r.e.col) END AS col
  FROM (SELECT _file, _line, _sheet, unnest(_faults) AS e FROM ${check} WHERE NOT _ok) AS r
  LEFT JOIN ${headers} AS h ON h._file = r._file AND h._sheet = r._sheet AND h.id = r.e.id
) JOIN ${meta} AS m USING (_file)
ORDER BY m.path, _sheet, _line`;
}

/** The table of each file's (each sheet's) own header of each declared column present, for insertRejectsSql. */
export function headersTableSql(table: string, rows: ReadonlyArray<{ file: number; sheet: string; id: string; header: string }>): string {
  const create = `CREATE OR REPLACE TEMP TABLE ${table} (_file INTEGER, _sheet VARCHAR, id VARCHAR, header VARCHAR);`;
  if (rows.length === 0) return create;
  const values = rows.map((r) => `(${r.file}, ${sqlString(r.sheet)}, ${sqlString(r.id)}, ${sqlString(r.header)})`).join(', ');
  return `${create}\nINSERT INTO ${table} VALUES ${values};`;
}

/** The raw table's columns: declared (typed), masked flags, derived, then the file's metadata. */
export function rawColumns(source: SourceDeclaration): Array<{ name: string; type: string; from: string }> {
  const out: Array<{ name: string; type: string; from: string }> = [];
  for (const c of checkedColumns(source)) {
    out.push({ name: c.id, type: SQL_TYPES[c.type], from: `c.${q(c.id)}` });
    if (c.maskable) out.push({ name: `${c.id}_masque`, type: 'BOOLEAN', from: `c.${q(`${c.id}__masque`)}` });
  }
  out.push({ name: '_file_id', type: 'VARCHAR NOT NULL', from: 'm.file_id' });
  out.push({ name: '_line', type: 'BIGINT NOT NULL', from: 'c._line' });
  if (hasSheets(source)) out.push({ name: '_sheet', type: 'VARCHAR', from: 'c._sheet' });
  out.push({ name: '_extract_date', type: 'DATE', from: 'm.extract_date' });
  out.push({ name: '_scope', type: 'VARCHAR', from: 'm.scope' });
  out.push({ name: '_arrived_at', type: 'TIMESTAMP NOT NULL', from: 'CAST($1 AS TIMESTAMP)' });
  return out;
}

export function hasSheets(source: SourceDeclaration): boolean {
  return source.files.some((f) => f.format === 'xlsx');
}

export function rawTableDdl(source: SourceDeclaration): string {
  const cols = rawColumns(source).map((c) => `${q(c.name)} ${c.type}`);
  return `CREATE TABLE IF NOT EXISTS ${rawTableName(source)} (\n  ${cols.join(',\n  ')}\n)`;
}

/** Copies the valid rows of a check table into the raw table. Parameter: arrived_at. */
export function insertRawSql(source: SourceDeclaration, check: string, meta: string): string {
  const cols = rawColumns(source);
  return `
INSERT INTO ${rawTableName(source)} (${cols.map((c) => q(c.name)).join(', ')})
SELECT ${cols.map((c) => c.from).join(', ')}
FROM ${check} AS c JOIN ${meta} AS m USING (_file) WHERE c._ok`;
}
