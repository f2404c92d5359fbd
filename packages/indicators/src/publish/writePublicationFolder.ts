import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Warehouse } from '@vigie/etl';
import { PUBLICATION_TABLES } from './publicationTables.js';

function sqlPath(path: string): string {
  return `'${path.replaceAll("'", "''")}'`;
}

/** Column names of valeurs.parquet (docs/architecture.md). */
const VALUES_SELECT = `
SELECT indicator_id AS indicateur, version, period_type AS type_periode, period AS periode,
       period_start AS date_debut, period_end AS date_fin, level AS niveau, geo_code AS code_geo,
       value AS valeur, numerator AS numerateur, denominator AS denominateur, status AS statut, run_id
FROM publish."values"
ORDER BY indicateur, type_periode, periode, niveau, code_geo`;

/**
 * Writes the publication tables as Parquet into a sibling temporary folder. Returns its path; the
 * caller swaps it in with `swapPublicationFolder` once the warehouse transaction has committed.
 */
export async function writePublicationFolder(wh: Warehouse, publicationDir: string, runId: string): Promise<string> {
  const parent = dirname(publicationDir);
  mkdirSync(parent, { recursive: true });
  const temporary = join(parent, `.${basename(publicationDir)}.tmp-${runId.replace(/[^A-Za-z0-9_-]/g, '_')}`);
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary);
  try {
    for (const { table, file } of PUBLICATION_TABLES) {
      const select = table === 'values' ? VALUES_SELECT : `SELECT * FROM publish.${table}`;
      await wh.run(`COPY (${select}) TO ${sqlPath(join(temporary, file))} (FORMAT parquet)`);
    }
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  return temporary;
}

/**
 * Replaces `publicationDir` by `temporary`: the old folder is moved aside, the new one renamed in,
 * then the old one removed. If the rename fails, the old folder is put back.
 */
export function swapPublicationFolder(temporary: string, publicationDir: string): void {
  const previous = `${join(dirname(publicationDir), `.${basename(publicationDir)}.old`)}`;
  restoreInterruptedSwap(publicationDir);
  rmSync(previous, { recursive: true, force: true });
  const hadPrevious = existsSync(publicationDir);
  if (hadPrevious) renameSync(publicationDir, previous);
  try {
    renameSync(temporary, publicationDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, publicationDir);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/** A swap interrupted between its two renames leaves only `.publication.old`: put it back. */
export function restoreInterruptedSwap(publicationDir: string): void {
  const previous = join(dirname(publicationDir), `.${basename(publicationDir)}.old`);
  if (!existsSync(publicationDir) && existsSync(previous)) renameSync(previous, publicationDir);
}
