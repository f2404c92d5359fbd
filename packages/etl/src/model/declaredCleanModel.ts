import { rawTableName, type SourceDeclaration } from '../sources/sourceDeclaration.js';
import type { CleanModel } from './cleanModel.js';
import { latestByKeySql, latestSnapshotSql, NEWEST_FIRST } from './latestVersionSql.js';

/**
 * The clean table of a source in the common case, derived from its declaration alone:
 * `clean.<name>` (`drees.urgences` → `clean.urgences`) holds the key's columns first, then the
 * other declared columns (personal data left in raw), then the columns read from the file name,
 * each `_masque` flag of a maskable count, and `code_region_ars` (the file's region) when the
 * file name carries one; integers as INTEGER. Delta source: the latest version of each key;
 * snapshot source: the rows of each region's latest snapshot. A source that needs more says so in
 * its declaration (`clean: [its models]`), each in a file of its own in `model/clean/`.
 */
export function declaredCleanModel(source: SourceDeclaration): CleanModel {
  const table = `clean.${source.id.slice(source.id.indexOf('.') + 1)}`;
  const declared = [
    ...source.columns.filter((c) => !c.personal).map((c) => ({ id: c.id, type: c.type })),
    ...source.derived.map((d) => ({ id: d.id, type: d.type })),
  ];
  const ordered = [...source.key.map((k) => declared.find((c) => c.id === k)!), ...declared.filter((c) => !source.key.includes(c.id))];
  const select = [
    ...ordered.map((c) => (c.type === 'integer' ? `CAST(r.${c.id} AS INTEGER) AS ${c.id}` : `r.${c.id}`)),
    ...source.columns.filter((c) => c.maskable && !c.personal).map((c) => `r.${c.id}_masque`),
    ...(source.files.some((f) => /\(\?<region>/.test(f.pattern.source)) ? ['v.scope AS code_region_ars'] : []),
  ].join(', ');
  const orderBy = source.key.join(', ');
  const raw = rawTableName(source);
  const sql = (asOf: string | undefined) =>
    source.versioning === 'delta'
      ? `
CREATE OR REPLACE TABLE ${table} AS
${latestByKeySql(source.id, raw, source.key, select, asOf)}
ORDER BY ${orderBy}`
      : `
CREATE OR REPLACE TABLE ${table} AS
WITH latest AS (${latestSnapshotSql(source.id, asOf)})
SELECT ${select}
FROM ${raw} AS r JOIN latest AS v ON v.file_id = r._file_id
QUALIFY row_number() OVER (PARTITION BY ${source.key.map((k) => `r.${k}`).join(', ')} ORDER BY ${NEWEST_FIRST}) = 1
ORDER BY ${orderBy}`;
  return { table, sql };
}
