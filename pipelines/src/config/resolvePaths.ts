import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is pipelines/src/config/resolvePaths.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface VigiePaths {
  inbox: string;
  warehouse: string;
  /** The published files, beside the warehouse: what the dashboard and exports read. */
  publicationDir: string;
  /**
   * Where ingest keeps each loaded file under its SHA-256 (docs/audit.md): `--archive DIR`,
   * VIGIE_ARCHIVE, default `<warehouse folder>/archive`; null with `--sans-archive`.
   * Undefined (paths built by hand) means the default.
   */
  archiveDir?: string | null;
}

/** Options win over environment variables (VIGIE_INBOX, VIGIE_WAREHOUSE), which win over defaults. */
export function resolvePaths(
  options: { inbox?: string; warehouse?: string; archive?: string; 'sans-archive'?: boolean },
  env = process.env,
): VigiePaths {
  const inbox = resolve(options.inbox ?? env['VIGIE_INBOX'] ?? join(REPO_ROOT, 'data/inbox'));
  const warehouse = resolve(options.warehouse ?? env['VIGIE_WAREHOUSE'] ?? join(REPO_ROOT, 'data/warehouse.duckdb'));
  const archiveDir = options['sans-archive'] ? null : resolve(options.archive ?? env['VIGIE_ARCHIVE'] ?? join(dirname(warehouse), 'archive'));
  return { inbox, warehouse, publicationDir: join(dirname(warehouse), 'publication'), archiveDir };
}
