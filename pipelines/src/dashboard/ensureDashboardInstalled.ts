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
 */
export async function ensureDashboardInstalled(appDir: string, log: (line: string) => void): Promise<void> {
  if (isDashboardInstalled(appDir)) return;
  log(`Installation du tableau de bord (npm ci dans ${appDir}, environ une minute)…`);
  const onLine = (line: string) => log(`  ${line}`);
  try {
    try {
      await runStreamed('npm', ['--prefix', appDir, 'ci', '--no-audit', '--no-fund'], { cwd: appDir, onLine });
    } catch {
      // A registry mirror that only holds this machine's platform packages makes `npm ci` refuse
      // the lock file (« Missing: @rollup/rollup-darwin-x64 … from lock file », followed by npm's
      // whole usage text) : `npm install` installs the locked versions anyway. Any other cause
      // fails again below, with npm's own message.
      log('`npm ci` a refusé (souvent : paquets d’autres plateformes absents du registre) : npm install, versions du fichier de verrouillage.');
      await runStreamed('npm', ['--prefix', appDir, 'install', '--no-audit', '--no-fund'], { cwd: appDir, onLine });
    }
  } catch (error) {
    throw new Error(
      `L’installation du tableau de bord a échoué. ${(error as Error).message}\n` +
        `Vérifiez l’accès au registre npm, puis relancez \`npm --prefix apps/dashboard ci\`.`,
    );
  }
  if (!isDashboardInstalled(appDir)) {
    throw new Error(
      `Tableau de bord installé mais le correctif de apps/dashboard/patches n’est pas appliqué ` +
        `(@evidence-dev/universal-sql). Lancez \`npm --prefix apps/dashboard run postinstall\` et lisez son message.`,
    );
  }
}
