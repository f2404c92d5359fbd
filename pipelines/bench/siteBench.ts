import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatDuration } from '@vigie/core';
import { openWarehouse } from '@vigie/etl';
import { launchChromium } from './browser/launchChromium.js';
import { measurePageTimes, medianMs } from './browser/measurePageTimes.js';
import { serveStaticSite } from '../src/dashboard/serveStaticSite.js';
import type { BenchRow } from './formatBenchTable.js';
import { measureChild, type ChildMeasure } from './measureChild.js';

const MB = 1e6;

/** Bytes of every file under `dir`. */
function folderBytes(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    bytes += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return bytes;
}

/** The région with the most zones in scope (then the smallest code) and its first zone by code. */
async function benchTerritory(publicationDir: string): Promise<{ region: string; zone: string }> {
  const wh = await openWarehouse(':memory:');
  try {
    const [row] = await wh.all<{ region: string; zone: string }>(
      `SELECT code_region AS region, min(code_geo) AS zone FROM read_parquet('${join(publicationDir, 'territoires.parquet')}')
       WHERE niveau = 'zone' AND en_zone GROUP BY code_region ORDER BY count(*) DESC, code_region LIMIT 1`,
    );
    if (!row) throw new Error(`aucune zone dans le périmètre dans ${publicationDir}/territoires.parquet : une publication complète était attendue (npx vigie run --publier).`);
    return row;
  } finally {
    wh.close();
  }
}

/**
 * Issue #14's site half, on the publication beside `warehouse`: `vigie dashboard` as a child process
 * (wall and CPU time, its children's included: Evidence, Vite, the prerender), the size of the
 * site, then each page's time to ready in Chromium (median of `rounds`, cold cache; the next page
 * from the région in the same tab). The first `vigie dashboard` is a full build
 * (VIGIE_DASHBOARD_FULL_BUILD=1: an empty Evidence template, as in a fresh clone, `npm ci` aside);
 * the second, on the same publication with the app unchanged, is the data-only refresh a weekly
 * run does (refreshSiteData). Returns the table's rows and both measures (a weekly run's share,
 * site included, adds the refresh to the run).
 */
export async function benchSite(
  warehouse: string,
  say: (line: string) => void,
  rounds = 3,
): Promise<{ rows: BenchRow[]; build: ChildMeasure; refresh: ChildMeasure }> {
  const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
  say('Construction du tableau de bord (vigie dashboard)…');
  const dashboard = async (env: NodeJS.ProcessEnv) => {
    const run = await measureChild(process.execPath, [join(root, 'bin', 'vigie.js'), 'dashboard', '--warehouse', warehouse], { cwd: root, env });
    if (run.exitCode !== 0) throw new Error(`vigie dashboard : code de sortie ${run.exitCode} (0 attendu). Fin de sa sortie :\n${run.tail}`);
    say(`  vigie dashboard : ${formatDuration(run.wallMs)} (CPU ${formatDuration(run.cpuMs)}, processus enfants compris)`);
    return run;
  };
  const build = await dashboard({ ...process.env, VIGIE_DASHBOARD_FULL_BUILD: '1' });
  say('Rafraîchissement des données seules (vigie dashboard à nouveau, application inchangée)…');
  const refresh = await dashboard(process.env);
  const siteDir = join(dirname(warehouse), 'site');
  const siteBytes = folderBytes(siteDir);

  const territory = await benchTerritory(join(dirname(warehouse), 'publication'));
  say(`Pages dans Chromium (${rounds} fois chacune, navigateur neuf) : Accueil, région ${territory.region}, zone ${territory.zone}…`);
  const { browser } = await launchChromium();
  const site = await serveStaticSite(siteDir, 0);
  let times;
  try {
    times = await measurePageTimes(browser, site.url, territory, rounds);
  } finally {
    await browser.close();
    await site.close();
  }
  const all = (values: number[]) => values.map((v) => formatDuration(v)).join(', ');
  say(`  Accueil ${all(times.accueil)} ; région ${all(times.region)} ; zone ${all(times.zone)} ; page suivante ${all(times.next)}`);

  const page = (what: string, values: number[], atMost: number): BenchRow => ({
    what: `${what} : page prête dans Chromium (premier chiffre clé, courbes dessinées ; médiane de ${rounds})`,
    vigie: medianMs(values),
    unit: 'ms',
    target: { vigieAtMost: atMost },
  });
  const rows: BenchRow[] = [
    { what: 'construction du tableau de bord (`vigie dashboard` sur cette publication, modèle Evidence vide) : durée', vigie: build.wallMs, unit: 'ms', target: { vigieAtMost: 90_000 } },
    { what: 'même construction : temps CPU (Evidence, Vite et le précalcul compris)', vigie: build.cpuMs, unit: 'ms', target: { vigieAtMost: 90_000 } },
    {
      what: 'rafraîchissement du site quand seules les données ont changé (`vigie dashboard` à nouveau, application compilée reprise) : temps CPU',
      vigie: refresh.cpuMs,
      reference: build.cpuMs,
      unit: 'ms',
      target: { ratioAtMost: 0.15 },
      referenceLabel: 'construction complète ci-dessus',
    },
    { what: 'taille du site', vigie: siteBytes, unit: 'octets', target: { vigieAtMost: 80 * MB } },
    page('Accueil', times.accueil, 1500),
    page(`une région (${territory.region}, navigateur neuf)`, times.region, 1500),
    page(`une zone (${territory.zone}, navigateur neuf)`, times.zone, 1500),
    page('la page suivante (une zone ouverte depuis sa région, même onglet)', times.next, 500),
  ];
  return { rows, build, refresh };
}
