import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStaticSite, type StaticSite } from '../../pipelines/src/dashboard/serveStaticSite.js';
import { demoInbox } from '../support/demoInbox.js';
import { REPO_ROOT, runVigie, runVigieOk } from '../support/runVigie.js';
import { spawnVigie } from '../support/spawnVigie.js';
import { folderFingerprint } from '../support/folderFingerprint.js';

/**
 * Issue #10: the publication and the site change together. `hebdomadaire` stages its publication,
 * builds the site from it (here a stand-in build, VIGIE_DASHBOARD_BUILD_CMD, that can be killed
 * half-way), and puts both in place only when both exist. A build killed or failed leaves the
 * previous publication, the previous site (still served) and the previous export; the ledger
 * says so.
 */
/** Two deliveries of every source (two weeks, then two more): what is tested is the swap, not the volume. */
const FIRST = '2025-09-14';
const SECOND = '2025-09-28';
const BUILD = `"${process.execPath}" "${join(REPO_ROOT, 'test/support/fakeDashboardBuild.mjs')}"`;

/** Status and body of a page of the served site (a new connection each time). */
function fetchText(site: StaticSite, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(`${site.url}${path}`, { agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(`${response.statusCode} ${Buffer.concat(chunks).toString('base64')}`));
      response.on('error', reject);
    }).on('error', reject);
  });
}

describe('publication and site change together', () => {
  let root: string;
  let site: StaticSite;
  let env: Record<string, string>;
  let whDir: string;
  let firstRun: string;
  let firstExport: string;
  let firstPublication: string;
  let servedIndex: string;
  let servedMeta: string;

  const exportValues = (name: string) => {
    const out = join(root, `${name}.csv`);
    runVigieOk(['export', '--out', out], env);
    return readFileSync(out, 'utf8');
  };
  const leftovers = () => readdirSync(whDir).filter((name) => name.startsWith('.'));

  /** Everything a reader sees is still the first publication and its site. */
  async function expectFirstPublicationInPlace(label: string) {
    expect(folderFingerprint(join(whDir, 'publication')), label).toBe(firstPublication);
    expect(await fetchText(site, '/'), label).toBe(servedIndex);
    expect(await fetchText(site, '/data/meta.parquet'), label).toBe(servedMeta);
    expect(exportValues(`export-${label}`), label).toBe(firstExport);
  }

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'vigie-staged-'));
    await demoInbox({ out: join(root, 'first'), scale: 0.05, until: FIRST });
    await demoInbox({ out: join(root, 'second'), scale: 0.05, until: SECOND });
    whDir = join(root, 'wh');
    env = { VIGIE_INBOX: join(root, 'inbox'), VIGIE_WAREHOUSE: join(whDir, 'warehouse.duckdb'), VIGIE_DASHBOARD_BUILD_CMD: BUILD };
    cpSync(join(root, 'first'), env['VIGIE_INBOX']!, { recursive: true });
    const first = runVigieOk(['run'], { ...env, FAKE_BUILD_MODE: 'ok' });
    firstRun = /Exécution (\S+) réussie/.exec(first.stdout)![1]!;
    expect(first.stdout).toMatch(/✓ Tableau de bord .*Publication et tableau de bord mis en place ensemble/);
    firstPublication = folderFingerprint(join(whDir, 'publication'));
    // The site was built from this publication.
    expect(folderFingerprint(join(whDir, 'site', 'data'))).toBe(firstPublication);
    firstExport = exportValues('first');
    site = await serveStaticSite(join(whDir, 'site'), 0);
    servedIndex = await fetchText(site, '/');
    servedMeta = await fetchText(site, '/data/meta.parquet');
    expect(servedIndex).toMatch(/^200 /);
    cpSync(join(root, 'second'), env['VIGIE_INBOX']!, { recursive: true });
  });
  afterAll(async () => {
    await site?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('a build killed half-way leaves the previous publication and site served, and the ledger says so', async () => {
    const run = spawnVigie(['run'], { ...env, FAKE_BUILD_MODE: 'hang' });
    const halfWay = await run.waitForLog((l) => l['event'] === 'tableau_de_bord' && /processus \d+ en attente/.test(String(l['message'])));
    // Half-way: the new publication and half a site are staged; nothing in place has changed.
    expect(leftovers().some((name) => name.startsWith('.publication.tmp-'))).toBe(true);
    expect(leftovers().some((name) => name.startsWith('.site.tmp-'))).toBe(true);
    expect(folderFingerprint(join(whDir, 'publication'))).toBe(firstPublication);
    expect(await fetchText(site, '/')).toBe(servedIndex);
    process.kill(Number(/processus (\d+)/.exec(String(halfWay['message']))![1]), 'SIGKILL');
    const exit = await run.exited;
    expect(exit.code).toBe(1);
    const kept = `la publication précédente (exécution ${firstRun}) reste en place, avec son site`;
    expect(exit.stdout).toContain(kept);
    expect(exit.stdout).toMatch(/✗ Tableau de bord .*(SIGKILL|code 137)/);

    await expectFirstPublicationInPlace('construction tuée');
    expect(leftovers()).toEqual([]);
    const runs = runVigieOk(['runs', '--limite', '1'], env).stdout;
    expect(runs).toMatch(/ echec /);
    expect(runs).toMatch(new RegExp(`- dashboard : echec [\\s\\S]*${kept.replace(/[()]/g, '\\$&')}`));
    expect(runs).toMatch(/- publish : reussie .*prêtes à publier/);
  });

  it('a build that fails leaves them too', async () => {
    const run = runVigie(['run'], { ...env, FAKE_BUILD_MODE: 'fail' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`la publication précédente (exécution ${firstRun}) reste en place`);
    await expectFirstPublicationInPlace('construction en échec');
    expect(leftovers()).toEqual([]);
  });

  it('a run killed during the build leaves them, and the next run puts publish.* back before anything', async () => {
    const run = spawnVigie(['run'], { ...env, FAKE_BUILD_MODE: 'hang' });
    const halfWay = await run.waitForLog((l) => l['event'] === 'tableau_de_bord' && /processus \d+ en attente/.test(String(l['message'])));
    run.child.kill('SIGKILL');
    process.kill(Number(/processus (\d+)/.exec(String(halfWay['message']))![1]), 'SIGKILL');
    expect((await run.exited).signal).toBe('SIGKILL');
    expect(folderFingerprint(join(whDir, 'publication'))).toBe(firstPublication);
    expect(await fetchText(site, '/')).toBe(servedIndex);
    // The next run (here the steps that do not publish) repairs the warehouse first.
    const next = runVigieOk(['ingest'], env);
    expect(next.stderr).toMatch(/publication_reprise/);
    await expectFirstPublicationInPlace('exécution tuée');
    expect(leftovers()).toEqual([]);
  });

  it('a build that succeeds puts the new publication and its site in place together', async () => {
    const run = runVigieOk(['run'], { ...env, FAKE_BUILD_MODE: 'ok' });
    const runId = /Exécution (\S+) réussie/.exec(run.stdout)![1]!;
    const publication = folderFingerprint(join(whDir, 'publication'));
    expect(publication).not.toBe(firstPublication);
    expect(folderFingerprint(join(whDir, 'site', 'data'))).toBe(publication);
    expect(await fetchText(site, '/')).not.toBe(servedIndex);
    expect(await fetchText(site, '/data/meta.parquet')).toBe(
      `200 ${readFileSync(join(whDir, 'publication', 'meta.parquet')).toString('base64')}`,
    );
    const second = exportValues('second');
    expect(second).not.toBe(firstExport);
    expect(second).toContain(runId);
    expect(leftovers()).toEqual([]);
    expect(existsSync(join(whDir, 'site', 'index.html'))).toBe(true);
  });
});
