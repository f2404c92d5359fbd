import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withFileLock } from '@vigie/core';
import { runStreamed } from './runStreamed.js';

/** How long a second installer waits for the first one (an install takes about a minute). */
const INSTALL_WAIT_MS = 15 * 60_000;

/** True when the app's dependencies are installed and our patch of universal-sql is applied. */
export function isDashboardInstalled(appDir: string): boolean {
  const cli = join(appDir, 'node_modules/@evidence-dev/evidence/cli.js');
  const browserClient = join(appDir, 'node_modules/@evidence-dev/universal-sql/src/client-duckdb/browser.js');
  if (!existsSync(cli) || !existsSync(browserClient)) return false;
  return !readFileSync(browserClient, 'utf8').includes('SET ieee_floating_point_ops');
}

/**
 * Installs the Evidence app (`npm --prefix apps/dashboard ci`, about a minute, from the npm
 * registry) when it is not installed yet; its postinstall applies apps/dashboard/patches.
 * Only `npm ci`: it installs the committed lock as it is and never rewrites it, so installing
 * leaves the checkout clean. When it refuses the lock, the error says how to regenerate it.
 * One install at a time (a lock file in the app's .evidence folder): two processes that both
 * find it missing (a build and a test, two test files) would otherwise run `npm ci` in the same
 * node_modules; the second waits, then finds it installed.
 */
export async function ensureDashboardInstalled(appDir: string, log: (line: string) => void): Promise<void> {
  if (isDashboardInstalled(appDir)) return;
  const lockPath = join(appDir, '.evidence', 'vigie-install.lock');
  await withFileLock(
    lockPath,
    {
      command: 'installation du tableau de bord',
      waitMs: INSTALL_WAIT_MS,
      pollMs: 1000,
      onWait: (owner) => log(`Le tableau de bord est en cours d’installation par le processus ${owner.pid} : attente de sa fin…`),
      whenHeld: (held) =>
        new Error(
          `Le processus ${held.owner.pid} installe le tableau de bord (${lockPath}) depuis plus de ` +
            `${INSTALL_WAIT_MS / 60_000} min. Attendez sa fin, ou arrêtez ce processus, puis relancez.`,
        ),
    },
    () => (isDashboardInstalled(appDir) ? Promise.resolve() : install(appDir, log)),
  );
}

/** `npm ci` in the app, then checks that the patch of universal-sql is applied. */
async function install(appDir: string, log: (line: string) => void): Promise<void> {
  log(`Installation du tableau de bord (npm ci dans ${appDir}, environ une minute)…`);
  let refusedLock = false;
  const onLine = (line: string) => {
    if (line.includes('can only install packages when your package.json and package-lock.json')) refusedLock = true;
    log(`  ${line}`);
  };
  try {
    await runStreamed('npm', ['--prefix', appDir, 'ci', '--no-audit', '--no-fund'], { cwd: appDir, onLine });
  } catch (error) {
    throw new Error(
      `L’installation du tableau de bord a échoué (npm ci dans ${appDir}). ${(error as Error).message}\n` +
        (refusedLock
          ? `npm ci refuse ${join(appDir, 'package-lock.json')} : il ne correspond plus à ${join(appDir, 'package.json')} ` +
            '(lignes « Missing: … » ci-dessus). Régénérez-le avec `npm --prefix apps/dashboard install --package-lock-only`, ' +
            'vérifiez que `npm --prefix apps/dashboard ci` l’accepte, puis validez le fichier (git commit).'
          : 'Vérifiez l’accès au registre npm, puis relancez `npm --prefix apps/dashboard ci`.'),
    );
  }
  if (!isDashboardInstalled(appDir)) {
    throw new Error(
      `Tableau de bord installé mais le correctif de apps/dashboard/patches n’est pas appliqué ` +
        `(@evidence-dev/universal-sql). Lancez \`npm --prefix apps/dashboard run postinstall\` et lisez son message.`,
    );
  }
}
