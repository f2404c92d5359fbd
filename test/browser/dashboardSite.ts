import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openWarehouse } from '@vigie/etl';
import { buildDashboard } from '../../pipelines/src/dashboard/buildDashboard.js';
import { serveStaticSite, type StaticSite } from '../../pipelines/src/dashboard/serveStaticSite.js';
import { runVigieOk } from '../support/runVigie.js';
import { readExportCsv, type ExportRow } from '../support/oracle/readExportCsv.js';
import { launchChromium } from '../../pipelines/bench/browser/launchChromium.js';

export type Territory = {
  niveau: string;
  code_geo: string;
  libelle: string;
  code_region: string | null;
  en_zone: boolean;
  /** Zone only: in scope and covered the last week (published by the pipeline). */
  couverte: boolean | null;
};

/** The one site every browser check reads, and what it was built from. */
export interface DashboardSite {
  browser: Browser;
  site: StaticSite;
  /** The folder holding the inbox, the warehouse, the export and the site. */
  dir: string;
  /** `VIGIE_INBOX` and `VIGIE_WAREHOUSE` of the demo, for more `vigie` commands. */
  env: Record<string, string>;
  /** `vigie export --format csv`, every row. */
  exported: ExportRow[];
  territories: Territory[];
  /** The published catalogue (indicateurs.parquet), in its order. */
  catalogue: Array<{ id: string; libelle: string; unite: string; ordre_cle: number | null; ordre_tableau: number | null; classe_zones: boolean | null }>;
  /** The région (the one with the fewest zones) whose values, and its zones', the site does not get. */
  emptyRegion: string;
  /** The current week, month and cumul (the latest period of each type in the export). */
  current: Record<'semaine' | 'mois' | 'cumul', string>;
  close(): Promise<void>;
}

/**
 * Builds the dashboard once from a real publication: demo extracts (`--scale 0.05
 * --sans-anomalies`, up to `until`, so that the docteurs juniors of November 2026 are there) →
 * `vigie run --publier` → `vigie export` and `vigie dashboard`, served on localhost, with a
 * Chromium to open it. The site is built from a copy of the publication whose alerts table is
 * empty (a demo of 151 zones always has some) and where one région and its zones have nothing
 * published yet (a région with no volunteer, a zone added this week): their pages must say
 * « aucun … » in French instead of breaking. The site is put in its own folder: another build in
 * this checkout (a pipeline run) may rewrite apps/dashboard/build meanwhile.
 */
export async function buildDashboardSite(until: string): Promise<DashboardSite> {
  // The browser first: without one, fail at once rather than after a build of several minutes.
  const { browser } = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'vigie-dashboard-'));
  const env = { VIGIE_INBOX: join(dir, 'inbox'), VIGIE_WAREHOUSE: join(dir, 'wh', 'warehouse.duckdb') };
  runVigieOk(['demo', '--scale', '0.05', '--jusqu-au', until, '--sans-anomalies'], env);
  runVigieOk(['run', '--sans-tableau-de-bord', '--jusqu-au', until, '--publier'], env);
  runVigieOk(['export', '--format', 'csv', '--out', join(dir, 'export.csv')], env);
  const exported = readExportCsv(join(dir, 'export.csv')).rows;
  const latest = (type: string) => exported.filter((r) => r.type_periode === type).map((r) => r.periode).sort().at(-1) ?? '';
  const current = { semaine: latest('semaine'), mois: latest('mois'), cumul: latest('cumul') };

  const published = join(dir, 'wh', 'publication');
  const publicationDir = join(dir, 'publication-du-site');
  cpSync(published, publicationDir, { recursive: true });
  const wh = await openWarehouse(':memory:');
  const file = (name: string) => `read_parquet('${join(published, name)}')`;
  const territories = await wh.all<Territory>(`SELECT niveau, code_geo, libelle, code_region, en_zone, couverte FROM ${file('territoires.parquet')}`);
  const catalogue = await wh.all<DashboardSite['catalogue'][number]>(`SELECT id, libelle, unite, ordre_cle, ordre_tableau, classe_zones FROM ${file('indicateurs.parquet')}`);
  const zonesPerRegion = new Map<string, number>();
  for (const t of territories.filter((t) => t.niveau === 'zone' && t.en_zone)) zonesPerRegion.set(t.code_region!, (zonesPerRegion.get(t.code_region!) ?? 0) + 1);
  const emptyRegion = [...zonesPerRegion.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0]![0];
  // Empty tables keep their columns: the publication's own, selected with no row.
  await wh.run(`COPY (SELECT * FROM ${file('alertes.parquet')} WHERE false) TO '${join(publicationDir, 'alertes.parquet')}' (FORMAT parquet)`);
  await wh.run(
    `COPY (SELECT * FROM ${file('valeurs.parquet')} WHERE NOT ((niveau = 'region' AND code_geo = '${emptyRegion}') OR ` +
      `(niveau = 'zone' AND code_geo IN (SELECT code_geo FROM ${file('territoires.parquet')} WHERE niveau = 'zone' AND code_region = '${emptyRegion}')))) ` +
      `TO '${join(publicationDir, 'valeurs.parquet')}' (FORMAT parquet)`,
  );
  const [rejected] = await wh.all<{ n: number }>(`SELECT count(*) AS n FROM ${file('rejets.parquet')}`);
  wh.close();
  if (rejected?.n !== 0) throw new Error(`la démonstration sans anomalies devrait n'avoir aucune ligne rejetée ; trouvé ${rejected?.n} dans ${published}/rejets.parquet.`);

  const siteDir = join(dir, 'site');
  const started = Date.now();
  await buildDashboard({ publicationDir, siteDir });
  console.log(`Tableau de bord construit en ${Math.round((Date.now() - started) / 1000)} s.`);
  const site = await serveStaticSite(siteDir, 0);
  return {
    browser,
    site,
    dir,
    env,
    exported,
    territories,
    catalogue,
    emptyRegion,
    current,
    async close() {
      await browser.close();
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
