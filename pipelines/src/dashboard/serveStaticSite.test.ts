import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStaticSite, type StaticSite } from './serveStaticSite.js';

describe('serveStaticSite', () => {
  let dir: string;
  let site: StaticSite;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-site-'));
    mkdirSync(join(dir, 'regions'));
    writeFileSync(join(dir, 'index.html'), '<p>accueil</p>');
    writeFileSync(join(dir, 'regions', 'index.html'), '<p>régions</p>');
    writeFileSync(join(dir, 'valeurs.parquet'), '0123456789');
    writeFileSync(join(dir, 'duckdb.wasm'), 'wasm');
    site = await serveStaticSite(dir, 0);
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a folder as its index.html', async () => {
    const response = await fetch(`${site.url}/regions/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toBe('<p>régions</p>');
  });

  it('serves byte ranges and HEAD, as DuckDB in the browser reads Parquet', async () => {
    const range = await fetch(`${site.url}/valeurs.parquet`, { headers: { range: 'bytes=2-5' } });
    expect(range.status).toBe(206);
    expect(range.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await range.text()).toBe('2345');
    const head = await fetch(`${site.url}/valeurs.parquet`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('10');
    const wasm = await fetch(`${site.url}/duckdb.wasm`);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
  });

  it('answers 404 outside the site and for unknown paths', async () => {
    expect((await fetch(`${site.url}/absent/`)).status).toBe(404);
    expect((await fetch(`${site.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('serves the page shell 200.html for a page address without a file, never for a missing file', async () => {
    const shelled = mkdtempSync(join(tmpdir(), 'vigie-site-'));
    writeFileSync(join(shelled, 'index.html'), '<p>accueil</p>');
    writeFileSync(join(shelled, '200.html'), '<p>amorce</p>');
    const served = await serveStaticSite(shelled, 0);
    try {
      const zone = await fetch(`${served.url}/zones/200000172/`);
      expect(zone.status).toBe(200);
      expect(await zone.text()).toBe('<p>amorce</p>');
      // a page whose name holds a dot (a source's page) is a page: its address ends with /
      expect(await (await fetch(`${served.url}/methodologie/sources/cnam.actes/`)).text()).toBe('<p>amorce</p>');
      expect(await (await fetch(`${served.url}/`)).text()).toBe('<p>accueil</p>');
      expect((await fetch(`${served.url}/api/zones/absent/all-queries.json`)).status).toBe(404);
      expect((await fetch(`${served.url}/data/absent.parquet`)).status).toBe(404);
    } finally {
      await served.close();
      rmSync(shelled, { recursive: true, force: true });
    }
  });
});
