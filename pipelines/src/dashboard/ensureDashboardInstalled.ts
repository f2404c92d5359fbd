import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStreamed } from './runStreamed.js';

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
 */
export async function ensureDashboardInstalled(appDir: string, log: (line: string) => void): Promise<void> {
  if (isDashboardInstalled(appDir)) return;
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
