import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Evidence project (installed on its own, outside the npm workspaces). */
export const DASHBOARD_APP_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../apps/dashboard');

/** Where `vigie dashboard` copies the publication's Parquet files: the Evidence source `vigie`. */
export const DASHBOARD_SOURCE_DIR = join(DASHBOARD_APP_DIR, 'sources', 'vigie');

/** The built static site (`evidence build` writes it). */
export function dashboardBuildDir(): string {
  return join(DASHBOARD_APP_DIR, 'build');
}
