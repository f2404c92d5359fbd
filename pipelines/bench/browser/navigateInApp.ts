import { bodyText, pageReady, textVisible, type OpenedPage } from './openDashboardPage.js';

/**
 * Goes to `path` inside an opened page as a reader does, by following a link: the app's router
 * renders it in the same tab (no reload, the same DuckDB in the browser). Waits until the address
 * is `path`, `expected` is visible and the whole page is loaded (pageReady), then returns
 * its visible text (spaces normalised) and the problems (console errors, exceptions, failed or
 * outside requests) reported since the navigation began.
 */
export async function navigateInApp(opened: OpenedPage, path: string, expected: string): Promise<{ text: string; problems: string[] }> {
  const { page } = opened;
  const from = opened.problems.length;
  const target = new URL(path, page.url()).href;
  await page.evaluate((href) => {
    type Anchor = { href: string; click(): void; remove(): void };
    const doc = (globalThis as unknown as { document: { createElement(tag: 'a'): Anchor; body: { append(node: Anchor): void } } }).document;
    const link = doc.createElement('a');
    link.href = href;
    doc.body.append(link);
    link.click();
    link.remove();
  }, target);
  await page.waitForURL(target, { timeout: 60_000 });
  await textVisible(page, expected);
  await pageReady(page, 30_000, 'page');
  return { text: await bodyText(page), problems: opened.problems.slice(from) };
}
