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

/**
 * The site in place, beside the publication it was built from (`<dossier de l'entrepôt>/site`):
 * what `vigie dashboard --serve` serves. Replaced as a whole, with the publication, by the run
 * that built it.
 */
export function siteDirFor(publicationDir: string): string {
  return join(dirname(resolve(publicationDir)), 'site');
}

/** The environment variable that replaces `evidence sources` + `evidence build` (tests). */
export const BUILD_COMMAND_VARIABLE = 'VIGIE_DASHBOARD_BUILD_CMD';

/**
 * Set to 1, the site is always compiled in full (`evidence build`), even when the app is unchanged
 * since the last full build and only the data would be redone (refreshSiteData).
 */
export const FULL_BUILD_VARIABLE = 'VIGIE_DASHBOARD_FULL_BUILD';
