import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { stagedFolderPath, swapPublicationFolder } from '@vigie/indicators';
import { appFingerprint } from './appFingerprint.js';
import { copyPublication } from './copyPublication.js';
import { copySiteFiles } from './copySiteFiles.js';
import { BUILD_COMMAND_VARIABLE, DASHBOARD_APP_DIR, DASHBOARD_SOURCE_DIR, FULL_BUILD_VARIABLE, dashboardBuildDir, siteDirFor } from './dashboardPaths.js';
import { ensureDashboardInstalled } from './ensureDashboardInstalled.js';
import { recordCompiledApp, refreshSiteData, whyNotReusable, writeSiteData } from './refreshSiteData.js';
import { runStreamed } from './runStreamed.js';
import { serveStaticSite } from './serveStaticSite.js';
import { withBuildLock } from './withBuildLock.js';

export { dashboardBuildDir, siteDirFor } from './dashboardPaths.js';

export interface BuildDashboardOptions {
  /** The publication folder (`<dossier de l'entrepôt>/publication`). */
  publicationDir: string;
  /** Where the site is put in place (default: `site` beside the publication, `siteDirFor`). */
  siteDir?: string;
  /** Serve the built site on http://localhost:`port` and stay running. */
  serve?: boolean;
  port?: number;
  /** Progress lines, in French (default: standard output). */
  log?: (line: string) => void;
}

/**
 * Builds the Evidence dashboard from the publication folder, offline, into a staged folder, then
 * puts it in place (`site/` beside the publication; the site in place stays as it was when the
 * build fails), and with `serve` serves it until the process is stopped.
 */
export async function buildDashboard(options: BuildDashboardOptions): Promise<void> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const siteDir = options.siteDir ?? siteDirFor(options.publicationDir);
  const staged = await buildStagedSite({ publicationDir: options.publicationDir, siteDir, runId: `tableau-${process.pid}`, log });
  swapPublicationFolder(staged, siteDir);
  log(`Tableau de bord en place dans ${siteDir}.`);
  if (options.serve) {
    const site = await serveStaticSite(siteDir, options.port ?? 3000);
    log(`Tableau de bord servi sur ${site.url} (Ctrl+C pour arrêter).`);
    await new Promise<void>((done) => site.server.on('close', () => done()));
  }
}

/**
 * Builds the site of `publicationDir` into the staged folder of `siteDir` for `runId`
 * (`.site.tmp-<run>`, see `stagedFolderPath`) and returns it, without touching the site in place.
 * Evidence installs the app when needed, copies the Parquet files into its source folder, runs
 * `evidence sources` then `evidence build` (apps/dashboard/build, copied into the staged folder
 * under the build lock, immutable files linked: copySiteFiles); when only the data changed, the
 * data-only refresh instead (refreshSiteData). With VIGIE_DASHBOARD_BUILD_CMD set (tests), that shell command is run
 * instead, with VIGIE_PUBLICATION_DIR and VIGIE_SITE_DIR (the staged folder) in its environment.
 * On failure the staged folder is removed and the error thrown.
 */
export async function buildStagedSite(options: {
  publicationDir: string;
  siteDir: string;
  runId: string;
  log: (line: string) => void;
}): Promise<string> {
  const staged = stagedFolderPath(options.siteDir, options.runId);
  rmSync(staged, { recursive: true, force: true });
  mkdirSync(dirname(staged), { recursive: true });
  try {
    const command = process.env[BUILD_COMMAND_VARIABLE];
    if (command) {
      options.log(`Tableau de bord : construction par ${BUILD_COMMAND_VARIABLE} (${command})…`);
      const env = { ...process.env, VIGIE_PUBLICATION_DIR: resolve(options.publicationDir), VIGIE_SITE_DIR: staged };
      await runStreamed('sh', ['-c', command], { cwd: process.cwd(), env, onLine: (line) => options.log(`  ${line}`) }).catch((error: Error) => {
        throw new Error(`La construction du tableau de bord a échoué. ${error.message}`);
      });
    } else {
      await withBuildLock(join(DASHBOARD_APP_DIR, '.evidence', 'vigie-build.lock'), options.log, async () => {
        await buildSite(options, options.log);
        copySiteFiles(dashboardBuildDir(), staged);
      });
    }
    if (!existsSync(join(staged, 'index.html'))) {
      throw new Error(`La construction n’a pas produit ${join(staged, 'index.html')}. Relancez \`npx vigie dashboard\`.`);
    }
    return staged;
  } catch (error) {
    rmSync(staged, { recursive: true, force: true });
    throw error;
  }
}

/** Install, copy, `evidence sources`, `evidence build`: one build at a time (withBuildLock). */
async function buildSite(options: { publicationDir: string }, log: (line: string) => void): Promise<void> {
  const appDir = DASHBOARD_APP_DIR;
  const started = Date.now();
  await ensureDashboardInstalled(appDir, log);
  // What the compiled app comes from, read before anything is built: a page edited during the
  // build makes the two readings differ, and the next build is a full one.
  const fingerprint = appFingerprint(appDir);

  const publicationDir = resolve(options.publicationDir);
  log(`Tableau de bord : copie de la publication ${publicationDir}…`);
  copyPublication(publicationDir, DASHBOARD_SOURCE_DIR);

  const cli = join(appDir, 'node_modules/@evidence-dev/evidence/cli.js');
  // A test runner's variables (NODE_ENV=test, VITEST…) would make Vite build another kind of site.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST') && !name.startsWith('VITE_')),
  );
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    PATH: [join(appDir, 'node_modules/.bin'), process.env['PATH'] ?? ''].join(delimiter),
    // A larger young generation: Vite's two builds allocate a lot of short-lived objects (garbage
    // collection was 23 % of the compile's CPU); measured side by side, 112,0 s -> 103,6 s of CPU.
    NODE_OPTIONS: [process.env['NODE_OPTIONS'] ?? '', '--max-old-space-size=4096', '--max-semi-space-size=64'].join(' ').trim(),
    // The site is static: no telemetry, no update checks (evidence.settings.json also says so).
    SEND_ANONYMOUS_USAGE_STATS: 'no',
    CI: 'true',
  };
  // Evidence's spinner prints « - Processing... » and a premature « ⚠ No results returned. » per
  // query when not in a terminal; npm warns about this machine's configuration: noise, left out.
  const noise = /^\s*(-\s+Processing\.\.\.|.*⚠ No results returned\.|npm warn Unknown (user|env) config)/;
  const onLine = (line: string) => {
    if (line.trim() && !noise.test(line)) log(`  ${line}`);
  };

  const queryErrors: string[] = [];
  const onBuildLine = (line: string) => {
    if (line.includes('Error in Query!') && !queryErrors.includes(line.trim())) queryErrors.push(line.trim());
    onLine(line);
  };
  const notReusable = process.env[FULL_BUILD_VARIABLE] === '1' ? `${FULL_BUILD_VARIABLE}=1` : whyNotReusable(fingerprint);
  // The sources' data, for a refresh as for a full build: written straight by DuckDB (a quarter
  // of the CPU of `evidence sources`, same files), or by `evidence sources` when it cannot be.
  log('Tableau de bord : préparation des données (requêtes des sources écrites par DuckDB, comme evidence sources)…');
  const notWritten = await writeSiteData(env, onLine);
  if (notReusable === undefined && notWritten === undefined) {
    log(
      'Tableau de bord : application inchangée depuis la dernière construction complète (même empreinte des pages, ' +
        'composants, SQL, configuration, correctifs et paquets) : elle est reprise telle quelle, seules les pages ' +
        'précalculées et les fichiers de données sont refaits…',
    );
    try {
      await refreshSiteData(env, fingerprint, onBuildLine);
    } catch (error) {
      throw new Error(
        `Le rafraîchissement des données du tableau de bord a échoué. ${(error as Error).message}\n` +
          'La prochaine construction sera complète : relancez `npx vigie dashboard`.',
      );
    }
  } else {
    if (notWritten !== undefined) {
      log(`Tableau de bord : ${notWritten}`);
      await prepareSourcesWithEvidence(cli, env, onLine, log);
    }
    await compileSite(cli, env, notReusable ?? notWritten ?? '', onBuildLine, log);
    if (appFingerprint(appDir) === fingerprint) recordCompiledApp(fingerprint);
    else log('Tableau de bord : l’application a changé pendant la construction ; la prochaine construction sera complète.');
  }
  const buildDir = dashboardBuildDir();
  if (!existsSync(join(buildDir, 'index.html'))) {
    throw new Error(`La construction n’a pas produit ${join(buildDir, 'index.html')}. Relancez \`npx vigie dashboard\`.`);
  }
  if (queryErrors.length > 0) {
    log(
      `ATTENTION : ${queryErrors.length} requête(s) en erreur dans les pages (elles s'afficheront en erreur) :\n` +
        queryErrors.map((line) => `  ${line}`).join('\n') +
        '\nCorrigez le SQL de la page (apps/dashboard/pages, dialecte DuckDB 0.9) ou la publication.',
    );
  }
  log(`Tableau de bord construit dans ${buildDir} en ${Math.round((Date.now() - started) / 1000)} s.`);
}

/** `evidence sources`: the source queries' results as Parquet files, for `evidence build`. */
async function prepareSourcesWithEvidence(cli: string, env: NodeJS.ProcessEnv, onLine: (line: string) => void, log: (line: string) => void): Promise<void> {
  log('Tableau de bord : préparation des données (evidence sources)…');
  // Evidence keeps every earlier result beside the new one (one folder per query hash) and copies
  // them all into the site: start from none, so the site holds this publication only.
  rmSync(join(DASHBOARD_APP_DIR, '.evidence', 'template', 'static', 'data'), { recursive: true, force: true });
  try {
    await runStreamed(process.execPath, [cli, 'sources'], { cwd: DASHBOARD_APP_DIR, env, onLine });
  } catch (error) {
    throw new Error(
      `La préparation des données du tableau de bord a échoué. ${(error as Error).message}\n` +
        'Vérifiez que la publication a les colonnes de docs/architecture.md, ' +
        'puis relancez `npx vigie dashboard`.',
    );
  }
}

/** `evidence build`: Vite compiles the app (client and server), then prerenders the fixed pages. */
async function compileSite(
  cli: string,
  env: NodeJS.ProcessEnv,
  reason: string,
  onLine: (line: string) => void,
  log: (line: string) => void,
): Promise<void> {
  // `evidence build` copies its output over apps/dashboard/build without emptying it: the chunks of
  // every earlier build stayed there and went into the site (275 Mo after a day of builds).
  rmSync(dashboardBuildDir(), { recursive: true, force: true });
  log(`Tableau de bord : construction complète (${reason}).`);
  log('Tableau de bord : construction du site (evidence build : les pages fixes ; les fiches des indicateurs et des sources, les pages de zone et de région sont rendues dans le navigateur)…');
  try {
    await runStreamed(process.execPath, [cli, 'build'], { cwd: DASHBOARD_APP_DIR, env, onLine });
  } catch (error) {
    throw new Error(
      `La construction du tableau de bord a échoué. ${(error as Error).message}\n` +
        'Lisez la première erreur ci-dessus (requête SQL d’une page, composant), corrigez-la ' +
        'dans apps/dashboard/pages, puis relancez `npx vigie dashboard`.',
    );
  }
}
