import { describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from '../../pipelines/bench/browser/launchChromium.js';

/** The browser of the tests comes from the npm registry: no system Chromium needed. */
describe('launchChromium', () => {
  async function rendered(options: Parameters<typeof launchChromium>[0]): Promise<{ text: string; origin: string; libraryPath?: string }> {
    const { browser, found } = await launchChromium(options);
    try {
      const page = await browser.newPage();
      await page.setContent('<p id="t">Chromium affiche la page : 1 234,5 €</p>');
      return { text: await page.locator('#t').innerText(), origin: found.origin, ...(found.libraryPath ? { libraryPath: found.libraryPath } : {}) };
    } finally {
      await browser.close();
    }
  }

  it('sans aucun Chromium du système : celui du paquet npm affiche une page', async () => {
    const result = await rendered({ systemNames: [] });
    expect(result.origin).toBe('npm');
    expect(result.text.replace(/\u00a0/g, ' ')).toBe('Chromium affiche la page : 1 234,5 €');
  });

  it('sur un système sans les bibliothèques NSS : avec celles du paquet npm', async () => {
    const result = await rendered({ systemNames: [], bundledLibraries: 'toujours' });
    expect(result.origin).toBe('npm');
    expect(result.libraryPath).toMatch(/al2023[\\/]lib$/);
    expect(result.text).toContain('Chromium affiche la page');
  });

  it('ni paquet npm ni Chromium du système : erreur immédiate, en français, qui dit quoi faire', async () => {
    await expect(findChromium({ npmPackage: '@vigie/chromium-absent', systemNames: ['vigie-chromium-absent'] })).rejects.toThrow(
      /Aucun Chromium pour les tests navigateur.*@vigie\/chromium-absent inutilisable.*vigie-chromium-absent.*npm install/s,
    );
  });
});
