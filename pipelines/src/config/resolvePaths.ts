import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is pipelines/src/config/resolvePaths.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface VigiePaths {
  inbox: string;
  warehouse: string;
  /** The published files, beside the warehouse: what the dashboard and exports read. */
  publicationDir: string;
}

/** Options win over environment variables (VIGIE_INBOX, VIGIE_WAREHOUSE), which win over defaults. */
export function resolvePaths(options: { inbox?: string; warehouse?: string }, env = process.env): VigiePaths {
  const inbox = resolve(options.inbox ?? env['VIGIE_INBOX'] ?? join(REPO_ROOT, 'data/inbox'));
  const warehouse = resolve(options.warehouse ?? env['VIGIE_WAREHOUSE'] ?? join(REPO_ROOT, 'data/warehouse.duckdb'));
  return { inbox, warehouse, publicationDir: join(dirname(warehouse), 'publication') };
}
