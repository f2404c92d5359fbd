import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sqlString } from '@vigie/core';
import type { Warehouse } from '@vigie/etl';
import { PUBLICATION_TABLES } from './publicationTables.js';

/** publish.values column → valeurs.parquet column (docs/architecture.md), in file order. */
export const VALUES_FILE_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['indicator_id', 'indicateur'],
  ['version', 'version'],
  ['period_type', 'type_periode'],
  ['period', 'periode'],
  ['period_start', 'date_debut'],
  ['period_end', 'date_fin'],
  ['level', 'niveau'],
  ['geo_code', 'code_geo'],
  ['value', 'valeur'],
  ['numerator', 'numerateur'],
  ['denominator', 'denominateur'],
  ['status', 'statut'],
  ['run_id', 'run_id'],
];

/** publish.values is written in the file's order (indicateur, type_periode, periode, niveau, code_geo: publishIndicators), copied as it stands. */
const VALUES_SELECT = `
SELECT ${VALUES_FILE_COLUMNS.map(([column, name]) => `${column} AS ${name}`).join(', ')}
FROM publish."values"`;

/**
 * Writes the publication tables as Parquet into a sibling temporary folder
 * (`.publication.tmp-<run>`). Returns its path; the caller swaps it in with
 * `swapPublicationFolder` once the warehouse transaction has committed — at once, or after the
 * site was built from it (a pipeline with a dashboard step).
 */
export async function writePublicationFolder(wh: Warehouse, publicationDir: string, runId: string): Promise<string> {
  const parent = dirname(publicationDir);
  mkdirSync(parent, { recursive: true });
  const temporary = stagedFolderPath(publicationDir, runId);
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary);
  try {
    for (const { table, file } of PUBLICATION_TABLES) {
      const select = table === 'values' ? VALUES_SELECT : `SELECT * FROM publish.${table}`;
      await wh.run(`COPY (${select}) TO ${sqlString(join(temporary, file))} (FORMAT parquet)`);
    }
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  return temporary;
}

/** Where a folder (the publication, the site) is prepared before it replaces `dir`. */
export function stagedFolderPath(dir: string, runId: string): string {
  return join(dirname(dir), `.${basename(dir)}.tmp-${runId.replace(/[^A-Za-z0-9_-]/g, '_')}`);
}

/**
 * Removes what an interrupted run left beside `dir`: its staged folders (`.<name>.tmp-*`), and
 * puts back a folder whose swap stopped between its two renames. Returns the folders removed.
 */
export function cleanStagedFolders(dir: string): string[] {
  restoreInterruptedSwap(dir);
  const parent = dirname(dir);
  if (!existsSync(parent)) return [];
  const prefix = `.${basename(dir)}.tmp-`;
  const removed = readdirSync(parent)
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(parent, name));
  for (const path of removed) rmSync(path, { recursive: true, force: true });
  return removed;
}

/**
 * Replaces `publicationDir` by `temporary` (any folder: the publication, the site): the old folder is moved aside, the new one renamed in,
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
