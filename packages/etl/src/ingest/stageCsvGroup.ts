import { basename } from 'node:path';
import { formatNumber, sqlIdent as q, sqlString } from '@vigie/core';
import type { FileVariant, SourceDeclaration } from '../sources/sourceDeclaration.js';
import type { Warehouse } from '../warehouse/index.js';

/** A CSV file of a group: its index in the run, the UTF-8 file to read (named `<file>.csv`), its header's line (title lines above), its values taken from its name. */
export interface CsvMember {
  file: number;
  utf8Path: string;
  headerLine: number;
  derived: Record<string, string>;
}

/**
 * Stages CSV files of one source that share a header layout, in DuckDB only, and returns the query
 * yielding their fields (see validationSql.ts for the shape) with each record's exact line number
 * as a text editor counts it (header = line 1):
 *
 * 1. DuckDB reads the files as lines (no quote, no separator: one column) in a single scan, which
 *    keeps blank lines, each file's order and its lines together: a line's number is its rowid
 *    minus the first rowid of its file;
 * 2. when a quoted field spans lines (a line holds an odd number of `"`), consecutive lines are
 *    joined into records by the parity of the quotes seen so far (a window over each file);
 * 3. records are split on the separator (`string_split`, or a regular expression honouring quotes
 *    for a record holding a `"`), fields are mapped by header name, and a record with too few or
 *    too many fields gets a row error.
 *
 * Each file's header line is its own (found by its content: title lines above it are not data).
 * With the variant's `trailingNotes`, the records after a file's last data record that hold only
 * separators or a single non-empty field with a space in it (`Source : DREES…`) are notes, not data: left out of
 * the fields and returned, per file, as a French note for its ledger message.
 */
export async function stageCsvGroup(
  wh: Warehouse,
  args: { source: SourceDeclaration; variant: FileVariant; positions: number[]; fieldCount: number; members: CsvMember[]; table: string },
): Promise<{ fields: string; tables: string[]; notes: Map<number, string> }> {
  const { source, variant, positions, members, table } = args;
  const lines = `${table}_lines`;
  const files = `${table}_files`;
  const tables = [lines, files];
  const list = `[${members.map((m) => sqlString(m.utf8Path)).join(', ')}]`;
  try {
    // The file's index rather than its path on each line, read from the file's name (`<file>.csv`):
    // the order of the lines is kept, and the cost does not grow with the number of files (a CASE
    // over the paths of the 1 152 files of a group cost 1,3 s of CPU for its 426 000 lines, 0,5 s so).
    for (const m of members) {
      if (basename(m.utf8Path) !== `${m.file}.csv`) throw new Error(`lecture groupée : fichier nommé « ${m.file}.csv » attendu, « ${basename(m.utf8Path)} » trouvé (${m.utf8Path})`);
    }
    const fileOf = `TRY_CAST(parse_filename(filename, true) AS INTEGER)`;
    await wh.run(`CREATE OR REPLACE TEMP TABLE ${lines} AS SELECT ${fileOf} AS _file, l FROM read_csv(${list},
      columns = {'l': 'VARCHAR'}, delim = '\u0001', quote = '', escape = '', header = false, filename = true,
      auto_detect = false, strict_mode = false, max_line_size = 16777216)`);
    const values = members
      .map((m) => `(${m.file}, ${m.headerLine}${source.derived.map((d) => `, ${sqlString(m.derived[d.id] ?? '')}`).join('')})`)
      .join(', ');
    const names = ['_file', 'header_line', ...source.derived.map((d) => `d_${d.id}`)].join(', ');
    await wh.run(`CREATE OR REPLACE TEMP TABLE ${files} AS
      SELECT m.*, coalesce(o.first, 0) AS first FROM (VALUES ${values}) AS m(${names})
      LEFT JOIN (SELECT _file, min(rowid) AS first FROM ${lines} GROUP BY _file) AS o USING (_file)`);
    const stray = await wh.one<{ n: number }>(`SELECT count(*) AS n FROM ${lines} WHERE _file IS NULL`);
    if (stray?.n) throw new Error(`lecture groupée : ${stray.n} ligne(s) d'un fichier inattendu`);
    const quotes = await wh.one<{ any: boolean | null; odd: boolean | null }>(
      `SELECT bool_or(true) AS any, bool_or((strlen(l) - strlen(replace(l, '"', ''))) % 2 = 1) AS odd FROM ${lines} WHERE contains(l, '"')`,
    );
    const numbered = `SELECT l._file, l.rowid - f.first + 1 AS n, l.l FROM ${lines} AS l JOIN ${files} AS f USING (_file) WHERE l.rowid - f.first + 1 > f.header_line`;
    const sep = variant.separator;
    const allRecords = quotes?.odd ? multiLineRecords(numbered) : `SELECT _file, n, n AS last, l AS r FROM (${numbered})`;
    const notes = new Map<number, string>();
    let records = allRecords;
    if (variant.trailingNotes) {
      // The few note records, found once; the fields query leaves them out by an anti join.
      const noteTable = `${table}_notes`;
      tables.push(noteTable);
      await wh.run(`CREATE OR REPLACE TEMP TABLE ${noteTable} AS SELECT _file, n, last FROM (${trailingNotesMarked(allRecords, sep)}) WHERE trailing_note`);
      records = `SELECT a._file, a.n, a.last, a.r FROM (${allRecords}) AS a ANTI JOIN ${noteTable} AS t ON a._file = t._file AND a.n = t.n`;
      const found = await wh.all<{ _file: number; count: number; first: number; last: number }>(
        `SELECT _file, count(*) AS count, min(n) AS first, max(last) AS last FROM ${noteTable} GROUP BY _file`,
      );
      for (const f of found) {
        const where = f.count === 1 ? `ligne ${formatNumber(f.first)}` : `lignes ${formatNumber(f.first)} à ${formatNumber(f.last)}`;
        notes.set(f._file, `${formatNumber(f.count)} ligne(s) de notes après les données, non lue(s) (${where})`);
      }
    }
    const n = args.fieldCount;
    const split = quotes?.any ? quotedFields(sep) : `SELECT _file, n, last, r, false AS bad_quotes, string_split(r, ${sqlString(sep)}) AS f FROM recs WHERE ${NOT_BLANK('r')}`;
    const columns = source.columns.map((c, i) => `f[${positions[i]}] AS ${q(c.id)}`);
    const derived = source.derived.map((d) => `m.${q(`d_${d.id}`)} AS ${q(d.id)}`);
    const fields = `
WITH recs AS (${records}),
fields AS (${split}),
checked AS (
  SELECT _file, n, last, r, f, CASE
      WHEN len(f) = ${n} AND NOT bad_quotes THEN NULL
      WHEN bad_quotes AND last > n THEN 'guillemets mal appariés : un guillemet ouvert n''est pas refermé, les lignes ' || vigie_fr_int(n) || ' à ' || vigie_fr_int(last)
        || ' forment un seul enregistrement (un champ entre guillemets doit commencer et finir par ", un " dans le texte s''écrit "")'
      WHEN bad_quotes THEN 'guillemets mal appariés : un champ entre guillemets doit commencer et finir par " (un " dans le texte s''écrit "")'
      WHEN len(f) < ${n} OR len(list_filter(list_slice(f, ${n + 1}, len(f)), x -> trim(x) <> '')) > 0
        THEN vigie_fr_int(len(f)) || ' champs trouvés au lieu de ${n} (séparateur « ${sep} ») : vérifiez les séparateurs et les guillemets de la ligne'
    END AS _row_error
  FROM fields
)
SELECT c._file, c.n AS _line, '' AS _sheet, c._row_error, CASE WHEN c._row_error IS NOT NULL THEN c.r END AS _record,
  ${[...columns, ...derived].join(',\n  ')}
FROM checked AS c${derived.length > 0 ? ` JOIN ${files} AS m USING (_file)` : ''}`;
    return { fields, tables, notes };
  } catch (error) {
    for (const t of tables) await wh.run(`DROP TABLE IF EXISTS ${t}`).catch(() => undefined);
    throw error;
  }
}

/**
 * A line that holds something other than spaces (cheap for the usual long line). DuckDB evaluates
 * both sides of OR / AND on every row, but only the branch a CASE selects: costly tests go in CASE.
 */
const NOT_BLANK = (x: string) => `(CASE WHEN ${x} IS NULL THEN false WHEN strlen(${x}) > 16 THEN true ELSE trim(${x}) <> '' END)`;

/**
 * The records, each marked `trailing_note` when it comes after its file's last data record and
 * holds only separators (a blank row of the workbook it was saved from) or a single non-empty
 * field with a space in it (blank lines are left to the caller, which skips them anyway). A note
 * followed by data is data.
 */
function trailingNotesMarked(records: string, sep: string): string {
  const filled = `len(list_filter(string_split(r, ${sqlString(sep)}), x -> trim(x) <> ''))`;
  // Cheap tests first (CASE evaluates only the branch it takes): only separators; no two words; then count the fields.
  const note = `(CASE WHEN NOT ${NOT_BLANK('r')} THEN false WHEN trim(replace(r, ${sqlString(sep)}, '')) = '' THEN true
    WHEN NOT regexp_matches(r, '\\S\\s+\\S') THEN false ELSE ${filled} = 1 END)`;
  return `
  SELECT _file, n, last, r, is_note AND n > coalesce(last_data, 0) AS trailing_note
  FROM (
    SELECT _file, n, last, r, is_note,
      max(CASE WHEN NOT is_note AND ${NOT_BLANK('r')} THEN n END) OVER (PARTITION BY _file) AS last_data
    FROM (SELECT _file, n, last, r, ${note} AS is_note FROM (${records}))
  )`;
}

/** Fields of records holding quotes: split by a regular expression that honours `"…"`, then unquoted. */
function quotedFields(sep: string): string {
  const sepRe = sep.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const sepClass = sep === '\\' || sep === ']' || sep === '^' ? `\\${sep}` : sep;
  const regex = `regexp_extract_all(${sqlString(sep)} || r, ${sqlString(`${sepRe}("(?:[^"]|"")*"|[^${sepClass}]*)`)}, 1)`;
  return `
  SELECT _file, n, last, r,
    CASE WHEN NOT contains(r, '"') THEN false
      WHEN strlen(array_to_string(raw, ${sqlString(sep)})) <> strlen(r) THEN true
      ELSE list_bool_or(list_transform(raw, x -> starts_with(x, '"') AND (strlen(x) < 2 OR NOT ends_with(x, '"'))))
    END AS bad_quotes,
    list_transform(raw, x -> CASE WHEN starts_with(x, '"') THEN replace(x[2:-2], '""', '"') ELSE x END) AS f
  FROM (
    SELECT _file, n, last, r, CASE WHEN contains(r, '"') THEN ${regex} ELSE string_split(r, ${sqlString(sep)}) END AS raw
    FROM recs WHERE ${NOT_BLANK('r')}
  )`;
}

/** Joins the lines of a record whose quoted field spans several lines (odd number of `"` so far), file by file. */
function multiLineRecords(numbered: string): string {
  return `
  SELECT _file, min(n) AS n, max(n) AS last, string_agg(coalesce(l, ''), chr(10) ORDER BY n) AS r
  FROM (
    SELECT _file, n, l, sum(CASE WHEN inside THEN 0 ELSE 1 END) OVER (PARTITION BY _file ORDER BY n ROWS UNBOUNDED PRECEDING) AS rec
    FROM (
      SELECT _file, n, l,
        coalesce(sum(odd) OVER (PARTITION BY _file ORDER BY n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) % 2 = 1 AS inside
      FROM (SELECT _file, n, l, (strlen(coalesce(l, '')) - strlen(replace(coalesce(l, ''), '"', ''))) % 2 AS odd FROM (${numbered}))
    )
  )
  GROUP BY _file, rec`;
}
