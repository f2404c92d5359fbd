import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard, dashboardBuildDir } from '../../pipelines/src/dashboard/buildDashboard.js';
import { serveStaticSite, type StaticSite } from '../../pipelines/src/dashboard/serveStaticSite.js';
import { FIXTURE_RUN_ID, writeFixturePublication } from './fixturePublication.js';

/**
 * The dashboard, built from a fixture publication and opened in Chromium with no network beyond
 * localhost: French figures, the demo banner, « secret statistique » for masked values, no
 * console error, no request leaving the machine. Screenshots go to test-results/.
 */
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results');

interface OpenedPage {
  page: Page;
  text: string;
  problems: string[];
  loadMs: number;
}

/** The page's visible text, spaces normalised (`1 234` whatever the kind of space). */
async function visibleText(page: Page): Promise<string> {
  const text = await page.locator('body').innerText();
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

describe('tableau de bord', () => {
  let workDir: string;
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'vigie-dashboard-'));
    const publicationDir = join(workDir, 'publication');
    await writeFixturePublication(publicationDir);
    await buildDashboard({ publicationDir });
    // Our own copy: another build in this checkout (a pipeline run) may rewrite apps/dashboard/build.
    const siteDir = join(workDir, 'site');
    cpSync(dashboardBuildDir(), siteDir, { recursive: true });
    site = await serveStaticSite(siteDir, 0);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  /** Opens a page, waits until DuckDB in the browser has read the Parquet files, screenshots it. */
  async function open(path: string, screenshot: string, expected: string): Promise<OpenedPage> {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const problems: string[] = [];
    const origin = new URL(site.url).origin;
    const local = [origin, origin.replace('localhost', '127.0.0.1')];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console : ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`exception : ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!local.some((prefix) => url.startsWith(prefix)) && !/^(data|blob):/.test(url)) problems.push(`requête hors de la machine : ${url}`);
    });
    page.on('requestfailed', (request) => {
      // The Arrow reader stops reading a prerendered result at its end marker: the browser reports
      // the rest of that answered request as aborted, which is no failure.
      void request.response().then((response) => {
        if (request.failure()?.errorText === 'net::ERR_ABORTED' && response && response.status() < 400) return;
        problems.push(`requête échouée : ${request.url()} (${request.failure()?.errorText})`);
      });
    });
    const started = Date.now();
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    await page.getByText(expected, { exact: false }).filter({ visible: true }).first().waitFor({ timeout: 60_000 });
    // DuckDB in the browser (duckdb-wasm) answers a query over the published Parquet files.
    // The engine is published on window before it has opened its database and registered the
    // Parquet views: ask again until it answers (or 60 s have passed, then fail with its error).
    const rows = await page.evaluate(async () => {
      type Engine = { connect(): Promise<{ query(sql: string): Promise<{ numRows: number }>; close(): Promise<void> }> };
      const deadline = Date.now() + 60_000;
      for (;;) {
        const engine = (globalThis as unknown as Record<symbol, Engine | undefined>)[Symbol.for('EVIDENCE_QUERY_ENGINE')];
        try {
          if (!engine) throw new Error('moteur DuckDB absent de la page');
          const connection = await engine.connect();
          const result = await connection.query("select * from vigie.valeurs where statut = 'secret'");
          await connection.close();
          return result.numRows;
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((done) => setTimeout(done, 250));
        }
      }
    });
    const loadMs = Date.now() - started;
    expect(rows, 'lignes « secret » lues par DuckDB dans le navigateur').toBe(6);
    await page.waitForTimeout(1500); // let the charts finish drawing before the screenshot
    await page.screenshot({ path: join(SCREENSHOTS, `${screenshot}.png`), fullPage: true });
    return { page, text: await visibleText(page), problems, loadMs };
  }

  it('montre les chiffres de la dernière semaine, en français, avec le bandeau de démonstration', async () => {
    const { page, text, problems, loadMs } = await open('/', 'tableau-de-bord-accueil', 'Journées réalisées');
    console.log(`Accueil chargé en ${loadMs} ms (DuckDB du navigateur compris).`);
    expect(problems).toEqual([]);
    expect(text).toContain('Données de démonstration');
    expect(text).toContain('semaine 41 de 2025');
    expect(text).toContain('du 06/10/2025 au 12/10/2025');
    expect(text).toContain('13/10/2025 à 06:04');
    expect(text).toContain(FIXTURE_RUN_ID);
    // 61,5 journées (+17,0), 5 zones couvertes (+1), 100,0 % (+20,0 pt), 1 234 actes (+504).
    for (const figure of ['61,5', '17,0', '100,0 %', '20,0 pt', '1 234', '504']) expect(text).toContain(figure);
    expect(text).not.toMatch(/\b\d{1,3},\d{3}\b/); // no English thousands separator (« 1,234 »)
    expect(text).not.toMatch(/\d\.\d/); // no decimal point
    expect(text).toContain('Centre-Val de Loire');
    await page.close();
  });

  it('montre « secret statistique » pour une valeur masquée, jamais 0', async () => {
    const region = await open('/regions/24/', 'tableau-de-bord-region', 'CC Cœur de France');
    expect(region.problems).toEqual([]);
    expect(region.text).toContain('secret statistique');
    await region.page.close();

    const zone = await open('/zones/241800507/', 'tableau-de-bord-zone', 'Semaine par semaine');
    expect(zone.problems).toEqual([]);
    expect(zone.text).toContain('secret statistique');
    expect(zone.text).toContain('semaine 41');
    expect(zone.text).toContain('06/10/2025');
    await zone.page.close();
  });

  it('ouvre les autres pages sans erreur', async () => {
    const pages: [string, string, string][] = [
      ['/regions/', 'tableau-de-bord-regions', 'Bourgogne-Franche-Comté'],
      ['/zones/', 'tableau-de-bord-zones', 'CC de Puisaye-Forterre'],
      ['/alertes/', 'tableau-de-bord-alertes', 'Zone sans activité'],
      ['/methodologie/', 'tableau-de-bord-methodologie', 'Part des zones couvertes'],
      ['/qualite/', 'tableau-de-bord-qualite', 'cnam/actes_mission_2025-S41.csv'],
      ['/executions/', 'tableau-de-bord-executions', FIXTURE_RUN_ID],
    ];
    for (const [path, screenshot, expected] of pages) {
      const opened = await open(path, screenshot, expected);
      expect(opened.problems, path).toEqual([]);
      expect(opened.text).not.toMatch(/\b\d{1,3},\d{3}\b/);
      if (path === '/regions/') expect(opened.text, 'une région sans zone n’est pas listée').not.toContain('Île-de-France');
      await opened.page.close();
    }
  });
});
