import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoInbox } from '../support/demoInbox.js';
import { REPO_ROOT, runVigie, runVigieOk } from '../support/runVigie.js';
import { folderFingerprint } from '../support/folderFingerprint.js';

/**
 * Issue #10: no exit without a message. Whatever goes wrong inside a run — a promise rejected
 * that nobody awaits, an exception thrown outside any step, a worker that dies, an await that
 * can never settle (Node's silent exit code 13) — the real `vigie` command prints a French error
 * naming the step, records the run as failed in the ledger, and exits 1. Faults are injected
 * with VIGIE_TEST_FAULT=<step>:<kind>.
 */
describe('no exit without a message', () => {
  let root: string;
  let env: Record<string, string>;
  let firstRun: string;
  let published: string;
  let exported: string;

  const exportValues = () => {
    const out = join(root, 'export.csv');
    runVigieOk(['export', '--out', out], env);
    return readFileSync(out, 'utf8');
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'vigie-crash-'));
    env = { VIGIE_INBOX: join(root, 'inbox'), VIGIE_WAREHOUSE: join(root, 'wh', 'warehouse.duckdb') };
    // two weeks of every source: the faults are injected into the steps, whatever the volume
    await demoInbox({ out: env['VIGIE_INBOX']!, scale: 0.05, until: '2025-09-14' });
    const first = runVigieOk(['run', '--sans-tableau-de-bord'], env);
    firstRun = /Exécution (\S+) réussie/.exec(first.stdout)![1]!;
    published = folderFingerprint(join(root, 'wh', 'publication'));
    exported = exportValues();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const cases = [
    { step: 'ingest', label: 'Intégration des extraits', kind: 'attente', what: /attendait une opération qui ne se terminera jamais/ },
    { step: 'compute', label: 'Calcul des indicateurs', kind: 'rejet', what: /promesse a été rejetée sans être traitée — Panne injectée/ },
    { step: 'model', label: 'Modélisation', kind: 'exception', what: /exception n’a pas été rattrapée — Panne injectée/ },
    { step: 'compute', label: 'Calcul des indicateurs', kind: 'worker', what: /exception n’a pas été rattrapée — Panne injectée : le processus auxiliaire/ },
  ];
  for (const c of cases) {
    it(`${c.kind} in step ${c.step}: exit 1, a French message naming the step, the run recorded as failed`, () => {
      const run = runVigie(['run', '--sans-tableau-de-bord'], { ...env, VIGIE_TEST_FAULT: `${c.step}:${c.kind}` });
      expect(run.status, run.stderr.slice(-2000)).toBe(1);
      const fatal = run.stderr
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .find((line) => line['event'] === 'erreur_fatale');
      expect(fatal, run.stderr.slice(-2000)).toBeDefined();
      expect(fatal!['message']).toMatch(new RegExp(`étape « ${c.label} » : Erreur inattendue`));
      expect(fatal!['message']).toMatch(c.what);
      expect(run.stderr).not.toMatch(/unsettled top-level await|at .*\.ts:\d+/);
      // The warehouse is left closed and its lock free: the next run does not have to take it over.
      expect(readdirSync(join(root, 'wh')).filter((name) => name.endsWith('.lock'))).toEqual([]);

      const runs = runVigieOk(['runs', '--limite', '1'], env).stdout;
      expect(runs).toMatch(/hebdomadaire \(commande\).* echec /);
      expect(runs).toContain(`Échec à l'étape « ${c.label} » : Erreur inattendue`);
      expect(runs).toMatch(new RegExp(`- ${c.step} : echec .*Erreur inattendue`));
      expect(runs).toContain(`la publication précédente (exécution ${firstRun}) reste en place`);
      expect(folderFingerprint(join(root, 'wh', 'publication'))).toBe(published);
    });
  }

  it('a crash while the site is built drops the staged publication: the previous one stays, export included', () => {
    const build = `"${process.execPath}" "${join(REPO_ROOT, 'test/support/fakeDashboardBuild.mjs')}"`;
    const run = runVigie(['run'], { ...env, VIGIE_DASHBOARD_BUILD_CMD: build, VIGIE_TEST_FAULT: 'dashboard:exception' });
    expect(run.status, run.stderr.slice(-2000)).toBe(1);
    expect(run.stderr).toMatch(/étape « Tableau de bord » : Erreur inattendue/);
    const runs = runVigieOk(['runs', '--limite', '1'], env).stdout;
    expect(runs).toMatch(/- publish : reussie .*prêtes à publier/);
    expect(runs).toMatch(new RegExp(`- dashboard : echec .*la publication précédente \\(exécution ${firstRun}\\) reste en place`));
    expect(folderFingerprint(join(root, 'wh', 'publication'))).toBe(published);
    expect(exportValues()).toBe(exported);
    expect(readdirSync(join(root, 'wh')).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
