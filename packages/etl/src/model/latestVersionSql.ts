/**
 * How versions supersede each other, in SQL: by the extract's own date (from its name), then its
 * arrival, never by the order files were dropped in. A version is a loaded file, or a duplicate
 * (`doublon`: the same bytes under another name, so another date or region) whose rows are those
 * of the file first loaded with these bytes. `asOf` (AAAA-MM-JJ) leaves out extracts dated after it.
 */

export function asOfFilter(column: string, asOf: string | undefined): string {
  return asOf ? `(${column} IS NULL OR ${column} <= DATE '${asOf}')` : 'true';
}

/** Every version of a source's files: file_id, extract_date, arrived_at, scope, rows_read, rows_loaded. */
export function versionsSql(sourceId: string, asOf: string | undefined): string {
  return `SELECT f.file_id, f.extract_date, f.arrived_at, f.scope, o.rows_read, o.rows_loaded
FROM ledger.files AS f
JOIN (SELECT file_id, max(rows_read) AS rows_read, max(rows_loaded) AS rows_loaded FROM ledger.files
      WHERE status IN ('charge', 'charge_avec_rejets') GROUP BY file_id) AS o USING (file_id)
WHERE f.source_id = '${sourceId}' AND f.status IN ('charge', 'charge_avec_rejets', 'doublon') AND ${asOfFilter('f.extract_date', asOf)}`;
}

/** Newest first: extract date, arrival, then file and line so that ties are decided the same way every time. */
export const NEWEST_FIRST = 'v.extract_date DESC NULLS LAST, v.arrived_at DESC, v.file_id DESC, r._line DESC';

/**
 * Delta sources: the latest version of each key. `select` reads the raw row as `r` and its
 * version as `v` (`v.scope`: the region of the file it came in); `where` (on `r`) keeps only
 * some keys (an increment: every version of those keys, so the newest still wins).
 */
export function latestByKeySql(sourceId: string, rawTable: string, key: readonly string[], select: string, asOf: string | undefined, where = 'true'): string {
  return `SELECT ${select}
FROM ${rawTable} AS r JOIN (${versionsSql(sourceId, asOf)}) AS v ON v.file_id = r._file_id
WHERE ${where}
QUALIFY row_number() OVER (PARTITION BY ${key.map((k) => `r.${k}`).join(', ')} ORDER BY ${NEWEST_FIRST}) = 1`;
}

/**
 * Snapshot versions that count: a file whose rows were all rejected does not replace the previous
 * snapshot (an empty file does: everything was removed).
 */
export function snapshotVersionsSql(sourceId: string, asOf: string | undefined): string {
  return `SELECT * FROM (${versionsSql(sourceId, asOf)}) WHERE rows_loaded > 0 OR rows_read = 0`;
}

/** Snapshot sources: the version (file_id, scope, extract_date, arrived_at) in force for each scope. */
export function latestSnapshotSql(sourceId: string, asOf: string | undefined): string {
  return `SELECT file_id, scope, extract_date, arrived_at FROM (${snapshotVersionsSql(sourceId, asOf)})
QUALIFY row_number() OVER (PARTITION BY scope ORDER BY extract_date DESC NULLS LAST, arrived_at DESC, file_id DESC) = 1`;
}

/** Snapshot sources kept whole: one version per scope and date (the latest arrival). */
export function allSnapshotsSql(sourceId: string, asOf: string | undefined): string {
  return `SELECT file_id, scope, extract_date, arrived_at FROM (${snapshotVersionsSql(sourceId, asOf)})
QUALIFY row_number() OVER (PARTITION BY scope, extract_date ORDER BY arrived_at DESC, file_id DESC) = 1`;
}
