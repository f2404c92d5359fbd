import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { tableRows } from './tableRows.js';

export interface OpenedPage {
  page: Page;
  /** The visible text, spaces normalised (`1 234` whatever the kind of space). */
  text: string;
  /** Console errors, uncaught exceptions, failed requests, requests leaving the machine. */
  problems: string[];
  loadMs: number;
  /**
   * Milliseconds from the request to the page being ready for a reader: its first key figure
   * visible (when it has key cards) and every chart drawn (`pageReady`). Printed, never asserted.
   */
  readyMs: number;
}

/**
 * Waits until the page is ready for a reader, polling in the page: the first key card shows a
 * figure (a page without `div.cartes` has none to wait for), every chart container holds a drawn
 * canvas, and no « Chargement… » (a block of a page rendered in the browser whose data has not come
 * yet) is left on the first screen (`scope` 'premier-ecran', the issue's « page prête ») or anywhere
 * on the page (`scope` 'page', before reading all its text). A page that never gets there (an
 * empty territory) is left after `timeoutMs`.
 */
export async function pageReady(page: Page, timeoutMs = 30_000, scope: 'premier-ecran' | 'page' = 'premier-ecran'): Promise<boolean> {
  const ready = await page
    .waitForFunction(
      (wholePage) => {
        type Node = {
          querySelector(s: string): Node | null;
          querySelectorAll(s: string): ArrayLike<Node>;
          textContent: string | null;
          getBoundingClientRect(): { top: number };
        };
        const doc = (globalThis as unknown as { document: Node }).document;
        const screenHeight = (globalThis as unknown as { innerHeight: number }).innerHeight;
        const figure = doc.querySelector('div.cartes a.carte .carte-valeur');
        const cardsReady = doc.querySelector('div.cartes') === null || (figure !== null && (figure.textContent ?? '').trim() !== '');
        const chartsReady = Array.from(doc.querySelectorAll('.chart-container')).every((c) => c.querySelector('canvas') !== null);
        const loading = Array.from(doc.querySelectorAll('.chargement')).filter((l) => wholePage || l.getBoundingClientRect().top < screenHeight);
        return loading.length === 0 && cardsReady && chartsReady;
      },
      scope === 'page',
      { timeout: timeoutMs, polling: 50 },
    )
    .then(() => true)
    .catch(() => false);
  return ready;
}

/** Text as read on screen, with French spaces (narrow and non-breaking) made plain: `1 234`. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** The visible text of the whole page, spaces made plain (plainSpaces). */
export async function bodyText(page: Page): Promise<string> {
  return plainSpaces(await page.locator('body').innerText());
}

/** Waits (up to 60 s) until `expected` is visible somewhere on the page. */
export async function textVisible(page: Page, expected: string): Promise<void> {
  await page.getByText(expected, { exact: false }).filter({ visible: true }).first().waitFor({ timeout: 60_000 });
}

/**
 * Opens a page of the served dashboard (a new browser context: cold cache), waits until `expected`
 * is visible, measures when it is ready for a reader (`measureReady`), waits until DuckDB in the
 * browser answers a query over the published data, then (optionally) takes a full-page screenshot.
 */
export async function openDashboardPage(
  browser: Browser,
  siteUrl: string,
  path: string,
  expected: string,
  screenshot?: { dir: string; name: string },
  measureReady = false,
): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const problems: string[] = [];
  const origin = new URL(siteUrl).origin;
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
  await page.goto(`${siteUrl}${path}`, { waitUntil: 'commit' });
  await textVisible(page, expected);
  const readyMs = measureReady && (await pageReady(page)) ? Date.now() - started : -1;
  await page.waitForLoadState('networkidle');
  // The engine is published on window as soon as it is instantiated, BEFORE the page opens its
  // database: a connection made then is left pointing into the database that the page's `open`
  // replaces, and querying it corrupts the worker's memory (Chromium « Target crashed »: a
  // segfault of the DuckDB worker in 8 of 105 opens; none in 70 without this probe). So connect
  // only once the page has registered the publication's files (after its `open`), and close the
  // connection whatever happens. Ask again until it answers (or 60 s, then fail with its error).
  await page.evaluate(async () => {
    type Connection = { query(sql: string): Promise<{ numRows: number }>; close(): Promise<void> };
    type Engine = { globFiles(pattern: string): Promise<Array<{ fileName: string }>>; connect(): Promise<Connection> };
    const deadline = Date.now() + 60_000;
    for (;;) {
      const engine = (globalThis as unknown as Record<symbol, Engine | undefined>)[Symbol.for('EVIDENCE_QUERY_ENGINE')];
      try {
        if (!engine) throw new Error('moteur DuckDB absent de la page');
        const files = await engine.globFiles('*');
        if (!files.some((f) => f.fileName === 'vigie_meta.parquet')) throw new Error(`vigie_meta.parquet pas encore enregistré (fichiers : ${files.map((f) => f.fileName).join(', ') || 'aucun'})`);
        const connection = await engine.connect();
        try {
          const result = await connection.query('select * from vigie.meta');
          if (result.numRows !== 1) throw new Error(`vigie.meta : ${result.numRows} ligne(s) au lieu d'une`);
        } finally {
          await connection.close();
        }
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((done) => setTimeout(done, 250));
      }
    }
  });
  const loadMs = Date.now() - started;
  if (screenshot) {
    await page.waitForTimeout(1500); // let the charts finish drawing
    await page.screenshot({ path: join(screenshot.dir, `${screenshot.name}.png`), fullPage: true });
  }
  return { page, text: await bodyText(page), problems, loadMs, readyMs };
}

/**
 * The rows of the « tous les indicateurs » table (`table.indicateurs`, one `tr[data-indicateur]`
 * per indicator), by indicator id: the text of each cell (tableRows).
 */
export async function indicatorRows(page: Page): Promise<Map<string, string[]>> {
  const rows = await tableRows(page, { css: 'table.indicateurs' });
  return new Map(rows.flatMap((r) => (r.data['indicateur'] ? [[r.data['indicateur'], r.cells] as const] : [])));
}

/** The big figure of the card `a.carte[data-indicateur=id]`. */
export async function cardValue(page: Page, id: string): Promise<string> {
  const text = await page.locator(`a.carte[data-indicateur="${id}"] .carte-valeur`).innerText();
  return plainSpaces(text).trim();
}

/** A chart of the page as ECharts drew it: its title and the labels of its value axis. */
export interface DrawnChart {
  title: string;
  yLabels: string[];
}

/**
 * Every ECharts chart of an opened page (Evidence keeps them on window under
 * `Symbol.for('__evidence-chart-window-debug__')`), with the labels of its value axis as drawn
 * (the canvas has no text to read), spaces normalised.
 */
export async function drawnCharts(page: Page): Promise<DrawnChart[]> {
  await page.waitForTimeout(1500); // let the charts finish drawing
  const charts = await page.evaluate(() => {
    type Label = { formattedLabel: string };
    type Chart = {
      getOption(): { title?: Array<{ text?: string }> };
      getModel(): { getComponent(type: string, index: number): { axis: { getViewLabels(): Label[] } } | undefined };
    };
    const registry = (globalThis as unknown as Record<symbol, Record<string, Chart> | undefined>)[Symbol.for('__evidence-chart-window-debug__')] ?? {};
    return Object.values(registry).map((chart) => ({
      title: chart.getOption().title?.[0]?.text ?? '',
      yLabels: chart.getModel().getComponent('yAxis', 0)?.axis.getViewLabels().map((l) => l.formattedLabel) ?? [],
    }));
  });
  return charts.map((c) => ({ title: c.title, yLabels: c.yLabels.map((l) => plainSpaces(l).trim()) }));
}
