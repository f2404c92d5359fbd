import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Warehouse } from '@vigie/etl';

export interface ArchiveSummary {
  /** Files newly put in the archive (linked or copied). */
  archived: number;
  /** Of which hard links (no copy of the bytes). */
  linked: number;
  /** Already in the archive under their SHA-256. */
  present: number;
  /** In the ledger but neither in the archive nor in the inbox with the same bytes (path, SHA-256). */
  missing: { path: string; fileId: string }[];
}

/** SHA-256 of a file's bytes, as the ledger names files. */
export function sha256OfFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Keeps every file the ledger says was loaded (`charge`, `charge_avec_rejets`, `doublon`) in
 * `archiveDir`, named by its SHA-256, so that `vigie verifier` still finds it once the inbox is
 * cleaned. A file already archived is left alone; otherwise the inbox file is hard-linked (copied
 * when linking is impossible, e.g. another disk) through a temporary name. Files of `runId` were
 * just hashed by the ingestion; an older file is archived only if its bytes still match.
 */
export async function archiveInputFiles(wh: Warehouse, options: { inbox: string; archiveDir: string; runId: string }): Promise<ArchiveSummary> {
  const files = await wh.all<{ file_id: string; path: string; this_run: boolean }>(
    `SELECT file_id, arg_max(path, run_id = $run) AS path, bool_or(run_id = $run) AS this_run
     FROM ledger.files WHERE status IN ('charge', 'charge_avec_rejets', 'doublon') GROUP BY file_id ORDER BY file_id`,
    { run: options.runId },
  );
  mkdirSync(options.archiveDir, { recursive: true });
  // A run killed while archiving leaves only a temporary name, never a partial `<SHA-256>`.
  for (const name of readdirSync(options.archiveDir)) if (name.includes('.tmp-')) rmSync(join(options.archiveDir, name), { force: true });
  const summary: ArchiveSummary = { archived: 0, linked: 0, present: 0, missing: [] };
  for (const file of files) {
    const target = join(options.archiveDir, file.file_id);
    if (existsSync(target)) {
      summary.present += 1;
      continue;
    }
    const source = join(options.inbox, ...file.path.split('/'));
    if (!existsSync(source) || (!file.this_run && sha256OfFile(source) !== file.file_id)) {
      summary.missing.push({ path: file.path, fileId: file.file_id });
      continue;
    }
    const temporary = `${target}.tmp-${process.pid}`;
    rmSync(temporary, { force: true });
    try {
      linkSync(source, temporary);
      summary.linked += 1;
    } catch {
      copyFileSync(source, temporary);
    }
    renameSync(temporary, target);
    summary.archived += 1;
  }
  return summary;
}
