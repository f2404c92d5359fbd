import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sqlString } from '@vigie/core';
import type { Warehouse } from '@vigie/etl';
import { PUBLICATION_TABLES } from './publicationTables.js';
import { VALUES_FILE_COLUMNS } from './writePublicationFolder.js';

/** Who produced a publication folder: meta.parquet's run and time, or undefined without one. */
export async function publicationIdentity(
  wh: Warehouse,
  publicationDir: string,
): Promise<{ runId: string; publishedAt: string } | undefined> {
  const meta = join(publicationDir, 'meta.parquet');
  if (!existsSync(meta)) return undefined;
  return wh.one<{ runId: string; publishedAt: string }>(
    `SELECT run_id AS "runId", publie_le::VARCHAR AS "publishedAt" FROM read_parquet(${sqlString(meta)}) LIMIT 1`,
  );
}

/** The run and time of the publication held by publish.meta, or undefined without one. */
export async function warehousePublicationIdentity(wh: Warehouse): Promise<{ runId: string; publishedAt: string } | undefined> {
  const exists = await wh.one<{ n: number }>(
    `SELECT count(*) AS n FROM duckdb_tables() WHERE schema_name = 'publish' AND table_name = 'meta' AND NOT temporary`,
  );
  if (!exists?.n) return undefined;
  return wh.one<{ runId: string; publishedAt: string }>(`SELECT run_id AS "runId", publie_le::VARCHAR AS "publishedAt" FROM publish.meta LIMIT 1`);
}

/**
 * Makes publish.* say what the publication folder says: each table is reloaded from its file
 * (valeurs.parquet back to the column names of publish.values); without a folder, publish.* is
 * emptied of its tables. Used when a publication written to the warehouse is not put in place
 * (the site could not be built from it, or the run was killed before both were swapped): the
 * folder in place is the publication, `vigie export` must read the same. Runs in the caller's
 * transaction if any.
 */
export async function restorePublishTables(wh: Warehouse, publicationDir: string): Promise<void> {
  await wh.run('CREATE SCHEMA IF NOT EXISTS publish');
  const present = existsSync(join(publicationDir, 'meta.parquet'));
  for (const { table, file } of PUBLICATION_TABLES) {
    const path = join(publicationDir, file);
    if (!present || !existsSync(path)) {
      await wh.run(`DROP TABLE IF EXISTS publish."${table}"`);
      continue;
    }
    const select =
      table === 'values'
        ? `SELECT ${VALUES_FILE_COLUMNS.map(([column, name]) => `${name} AS ${column}`).join(', ')} FROM read_parquet(${sqlString(path)})
           ORDER BY indicator_id, period_type, period_end, level, geo_code`
        : `SELECT * FROM read_parquet(${sqlString(path)})`;
    await wh.run(`CREATE OR REPLACE TABLE publish."${table}" AS ${select}`);
  }
}
