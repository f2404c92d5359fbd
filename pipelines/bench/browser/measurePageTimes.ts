import type { Browser } from 'playwright-core';
import { openDashboardPage, pageReady } from './openDashboardPage.js';
import { tableRows } from './tableRows.js';

/** Milliseconds until each page was ready for a reader (`pageReady`), one entry per round. */
export interface PageTimes {
  accueil: number[];
  region: number[];
  zone: number[];
  /** A zone opened from its région's table in the same tab (browser cache warm). */
  next: number[];
}

/**
 * Opens the Accueil, a région and a zone of a served dashboard `rounds` times, each in a new
 * browser context (cold cache), the way the browser test measures them (`openDashboardPage`:
 * first key figure visible, every chart drawn), then, once the région page has settled, the first
 * zone of its table in the same tab. A page never ready counts -1 (an empty territory, a broken site).
 * Figures to print, never to assert.
 */
export async function measurePageTimes(browser: Browser, siteUrl: string, territory: { region: string; zone: string }, rounds = 3): Promise<PageTimes> {
  const times: PageTimes = { accueil: [], region: [], zone: [], next: [] };
  for (let round = 0; round < rounds; round++) {
    const home = await openDashboardPage(browser, siteUrl, '/', 'Les chiffres clés', undefined, true);
    times.accueil.push(home.readyMs);
    await home.page.close();

    const region = await openDashboardPage(browser, siteUrl, `/regions/${territory.region}/`, 'Les zones de la région', undefined, true);
    times.region.push(region.readyMs);
    // as in the browser test, the région page has settled (its zones table filled, every block of
    // the page loaded, its last queries done) before the reader clicks: otherwise the zone's
    // queries wait behind the région's (DuckDB in the page runs them one at a time)
    await tableRows(region.page, { css: 'table[data-table="zones-classees"]' });
    await pageReady(region.page, 30_000, 'page');
    await region.page.waitForTimeout(1500);
    // the zone's own link, in the table's body: the first link of the table is a column title's,
    // to an indicator's fiche (this measured a fiche, not a zone, until 30/11/2026)
    const link = region.page.locator('table[data-table="zones-classees"] tbody a[href^="/zones/"]').first();
    const clicked = Date.now();
    await link.click();
    await region.page.waitForURL(/\/zones\/\d+\/$/, { timeout: 60_000 });
    await region.page.getByText('Semaine par semaine').filter({ visible: true }).first().waitFor({ timeout: 60_000 });
    times.next.push((await pageReady(region.page)) ? Date.now() - clicked : -1);
    await region.page.close();

    const zone = await openDashboardPage(browser, siteUrl, `/zones/${territory.zone}/`, 'Semaine par semaine', undefined, true);
    times.zone.push(zone.readyMs);
    await zone.page.close();
  }
  return times;
}

/** The middle value (the lower of the two middle ones for an even count); -1 if any is -1. */
export function medianMs(values: readonly number[]): number {
  if (values.length === 0 || values.includes(-1)) return -1;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
