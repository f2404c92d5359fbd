// Throwaway: screenshots of the dashboard built from a real publication (not a test).
import { chromium } from 'playwright-core';
import { serveStaticSite } from '../../pipelines/src/dashboard/serveStaticSite.js';
import { dashboardBuildDir } from '../../pipelines/src/dashboard/buildDashboard.js';
const site = await serveStaticSite(dashboardBuildDir(), 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu'] });
for (const [path, name] of process.argv.slice(2).map((a) => a.split('=') as [string, string])) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  const t = Date.now();
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `test-results/reel-${name}.png`, fullPage: true });
  console.log(path, Date.now() - t, 'ms', problems.slice(0, 5));
  await page.close();
}
await browser.close(); await site.close();
