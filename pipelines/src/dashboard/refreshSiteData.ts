import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { filesUnder } from '@vigie/core';
import { copySiteFiles } from './copySiteFiles.js';
import { DASHBOARD_APP_DIR, DASHBOARD_SOURCE_DIR, dashboardBuildDir } from './dashboardPaths.js';
import { hashDataFiles } from './hashDataFiles.js';
import { runStreamed } from './runStreamed.js';

/** Evidence's working copy of the app, where `evidence build` compiles and prerenders. */
const TEMPLATE_DIR = join(DASHBOARD_APP_DIR, '.evidence', 'template');
/** SvelteKit's output there: the compiled client and server, and the prerendered pages. */
const KIT_OUTPUT_DIR = join(TEMPLATE_DIR, '.svelte-kit', 'output');
/**
 * The fingerprint (appFingerprint) of what the compiled app in KIT_OUTPUT_DIR comes from, written
 * by a successful full build. `evidence build` empties .svelte-kit first, so a build that fails
 * or is killed leaves none, and so does a refresh that does not finish.
 */
const FINGERPRINT_FILE = join(KIT_OUTPUT_DIR, 'vigie-app-fingerprint.txt');
/** The folders of SvelteKit's prerendered output (under KIT_OUTPUT_DIR/prerendered) that go into the site. */
const PRERENDERED_PARTS = ['pages', 'dependencies'] as const;

/**
 * Why the compiled app of the last build cannot be reused for `fingerprint` (a French reason for
 * the run log), or undefined when it can: same fingerprint, and everything a refresh needs is there.
 */
export function whyNotReusable(fingerprint: string): string | undefined {
  if (!existsSync(FINGERPRINT_FILE)) return 'aucune construction complète réussie à reprendre';
  if (readFileSync(FINGERPRINT_FILE, 'utf8').trim() !== fingerprint) {
    return 'l’application a changé depuis la dernière construction complète : pages, composants, SQL, configuration, correctifs ou paquets';
  }
  const needed = [
    join(KIT_OUTPUT_DIR, 'vigie-server-metadata.bin'),
    join(KIT_OUTPUT_DIR, 'server', 'manifest-full.js'),
    join(KIT_OUTPUT_DIR, 'prerendered', 'pages'),
    join(TEMPLATE_DIR, 'build', 'index.html'),
    join(TEMPLATE_DIR, 'build', '200.html'),
  ];
  const missing = needed.filter((path) => !existsSync(path));
  return missing.length > 0 ? `fichiers de la dernière construction absents : ${missing.join(', ')}` : undefined;
}

/** Marks the app just compiled by a full build as coming from `fingerprint`. */
export function recordCompiledApp(fingerprint: string): void {
  if (existsSync(KIT_OUTPUT_DIR)) writeFileSync(FINGERPRINT_FILE, `${fingerprint}\n`);
}

/**
 * Writes the data `evidence sources` would write for the publication copied into the source
 * folder, straight from DuckDB (apps/dashboard/scripts/writeSourceData.js: same queries, same
 * DuckDB as Evidence's connector, same file contents, in a quarter of its CPU). Returns why it
 * could not (a column type it does not reproduce, a failed query…), for a full build instead.
 */
export async function writeSiteData(env: NodeJS.ProcessEnv, onLine: (line: string) => void): Promise<string | undefined> {
  const dataDir = join(TEMPLATE_DIR, 'static', 'data');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  try {
    const script = join(DASHBOARD_APP_DIR, 'scripts', 'writeSourceData.js');
    await runStreamed(process.execPath, [script, basename(DASHBOARD_SOURCE_DIR), dataDir], { cwd: DASHBOARD_APP_DIR, env, onLine });
    return undefined;
  } catch (error) {
    return `données des sources non écrites directement, evidence sources les écrira : ${(error as Error).message}`;
  }
}

/**
 * The data-only refresh, once writeSiteData has prepared the new data: prerenders the pages
 * again with the app the last full build compiled (apps/dashboard/scripts/prerenderAgain.js, no
 * Vite), then assembles the site as `evidence build` does: the last build's site with its
 * prerendered pages and data replaced, data files renamed by their hash, copied to
 * apps/dashboard/build (immutable files linked, copySiteFiles). Forgets the fingerprint first: any failure leaves a full build next time.
 */
export async function refreshSiteData(env: NodeJS.ProcessEnv, fingerprint: string, onLine: (line: string) => void): Promise<void> {
  rmSync(FINGERPRINT_FILE, { force: true });
  const prerenderedDir = join(KIT_OUTPUT_DIR, 'prerendered');
  const before = prerenderedFiles(prerenderedDir);
  // The query results the last prerendering cached (by SQL): stale with new data.
  rmSync(join(TEMPLATE_DIR, '.evidence-queries', 'cache'), { recursive: true, force: true });
  // V8's baseline compilers only (--liftoff-only for DuckDB-wasm, --no-opt for JavaScript): the
  // optimizing compiler compiled the hot functions again on other threads, which these few
  // seconds of queries and rendering never paid back. Prerender alone, same data, alternating:
  // 6,5 / 6,6 / 6,5 s of CPU -> 4,9 / 5,1 / 4,8 s (Liftoff) -> 4,5 / 4,3 / 4,4 s (both); same files.
  await runStreamed(process.execPath, ['--liftoff-only', '--no-opt', join(DASHBOARD_APP_DIR, 'scripts', 'prerenderAgain.js')], {
    cwd: TEMPLATE_DIR,
    env: { ...env, EVIDENCE_DATA_URL_PREFIX: 'static/data', EVIDENCE_DATA_DIR: './static/data', EVIDENCE_IS_BUILDING: 'true' },
    onLine,
  });

  const site = join(TEMPLATE_DIR, 'build');
  for (const file of before) rmSync(join(site, file), { force: true });
  rmSync(join(site, 'data'), { recursive: true, force: true });
  for (const part of PRERENDERED_PARTS) {
    if (existsSync(join(prerenderedDir, part))) cpSync(join(prerenderedDir, part), site, { recursive: true });
  }
  cpSync(join(TEMPLATE_DIR, 'static', 'data'), join(site, 'data'), { recursive: true });
  hashDataFiles(join(site, 'data'));

  rmSync(dashboardBuildDir(), { recursive: true, force: true });
  copySiteFiles(site, dashboardBuildDir());
  recordCompiledApp(fingerprint);
}

/** The files of SvelteKit's prerendered output (PRERENDERED_PARTS), relative to their part. */
function prerenderedFiles(prerenderedDir: string): string[] {
  return PRERENDERED_PARTS.flatMap((part) => (existsSync(join(prerenderedDir, part)) ? filesUnder(join(prerenderedDir, part)) : []));
}
