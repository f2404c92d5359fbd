import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoInbox } from '../support/demoInbox.js';
import { runVigie, runVigieOk } from '../support/runVigie.js';
import { spawnVigie } from '../support/spawnVigie.js';
import { folderFingerprint } from '../support/folderFingerprint.js';

/**
 * Issue #6: a run killed with SIGKILL at any point leaves the warehouse and the publication as
 * they were, and the next run gives exactly the export of an uninterrupted run; two concurrent
 * runs never both write.
 */
const FIRST = '2025-11-16';
const SECOND = '2025-11-30';

/** The export without its run_id column (run ids differ from run to run by design). */
function exportWithoutRunId(env: Record<string, string>, out: string): string {
  runVigieOk(['export', '--out', out], env);
  return readFileSync(out, 'utf8')
    .split('\n')
    .map((l) => l.split(';').slice(0, 10).join(';'))
    .join('\n');
}

describe('faults: SIGKILL at several points, concurrent runs', () => {
  let root: string;
  let reference: string;
  let union: string;

  const envFor = (name: string) => ({
    VIGIE_INBOX: join(root, name, 'inbox'),
    VIGIE_WAREHOUSE: join(root, name, 'wh', 'warehouse.duckdb'),
  });

  /** Both deliveries in the inbox of `name`, and a first run started there (it has begun). */
  const startFirstRun = async (name: string) => {
    const env = envFor(name);
    cpSync(join(root, 'first'), env.VIGIE_INBOX, { recursive: true });
    cpSync(join(root, 'second'), env.VIGIE_INBOX, { recursive: true });
    const first = spawnVigie(['run', '--sans-tableau-de-bord'], env);
    await first.waitForLog((l) => l['event'] === 'execution_debut');
    return { env, first };
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'vigie-faults-'));
    await demoInbox({ out: join(root, 'first'), scale: 0.1, until: FIRST });
    await demoInbox({ out: join(root, 'second'), scale: 0.1, until: SECOND });
    // The reference: the same two deliveries, never interrupted.
    const env = envFor('reference');
    cpSync(join(root, 'first'), env.VIGIE_INBOX, { recursive: true });
    runVigieOk(['run', '--sans-tableau-de-bord'], env);
    // The runs killed below start from this state (the first delivery run once): a copy of its
    // inbox and warehouse folder rather than the same run again.
    cpSync(join(root, 'reference'), join(root, 'killed'), { recursive: true });
    cpSync(join(root, 'second'), env.VIGIE_INBOX, { recursive: true });
    runVigieOk(['run', '--sans-tableau-de-bord'], env);
    reference = exportWithoutRunId(env, join(root, 'reference.csv'));
  });

  it('after kills during ingest, compute and publish, the next run equals an uninterrupted one', async () => {
    const env = envFor('killed');
    const before = exportWithoutRunId(env, join(root, 'killed-before.csv'));
    const publication = join(root, 'killed', 'wh', 'publication');
    const published = folderFingerprint(publication);
    cpSync(join(root, 'second'), env.VIGIE_INBOX, { recursive: true });

    const killPoints: Array<{ label: string; event: (l: Record<string, unknown>) => boolean; delayMs: number }> = [
      { label: 'pendant l’intégration', event: (l) => l['event'] === 'fichier', delayMs: 0 },
      { label: 'au début du calcul', event: (l) => l['event'] === 'etape_debut' && l['step'] === 'compute', delayMs: 0 },
      { label: 'pendant le calcul', event: (l) => l['event'] === 'etape_debut' && l['step'] === 'compute', delayMs: 300 },
      { label: 'au début de la publication', event: (l) => l['event'] === 'etape_debut' && l['step'] === 'publish', delayMs: 0 },
      { label: 'pendant la publication', event: (l) => l['event'] === 'etape_debut' && l['step'] === 'publish', delayMs: 150 },
    ];
    for (const point of killPoints) {
      const run = spawnVigie(['run', '--sans-tableau-de-bord'], env);
      await run.waitForLog(point.event);
      if (point.delayMs) await new Promise((r) => setTimeout(r, point.delayMs));
      run.child.kill('SIGKILL');
      const exit = await run.exited;
      expect(exit.signal, point.label).toBe('SIGKILL');
      // The publication and the published values are as they were before the killed run.
      expect(exportWithoutRunId(env, join(root, 'killed-after.csv')), point.label).toBe(before);
      expect(folderFingerprint(publication), point.label).toBe(published);
    }

    runVigieOk(['run', '--sans-tableau-de-bord'], env);
    expect(exportWithoutRunId(env, join(root, 'killed-final.csv'))).toBe(reference);
    const runs = runVigieOk(['runs'], env).stdout;
    // the killed run's status, spelled the one way, in the status column of `vigie runs` (between two double spaces)
    expect(runs).toMatch(/ {2}interrompue {2}/);
  });

  it('two runs started at once never both write: one refuses with a clear message', async () => {
    const { env, first: a } = await startFirstRun('concurrent');
    const b = runVigie(['run', '--sans-tableau-de-bord'], env);
    expect(b.status).toBe(1);
    expect(b.stderr).toMatch(/déjà utilisé par une autre exécution/);
    expect((await a.exited).code).toBe(0);
    union = exportWithoutRunId(env, join(root, 'concurrent.csv'));
  });

  it('with --attendre, the second run waits for the first and both succeed', async () => {
    const { env, first: a } = await startFirstRun('waiting');
    const b = spawnVigie(['run', '--sans-tableau-de-bord', '--attendre', '600'], env);
    const [ea, eb] = await Promise.all([a.exited, b.exited]);
    expect([ea.code, eb.code]).toEqual([0, 0]);
    expect(eb.stderr).toMatch(/verrou_attente|attente/);
    // The second run found nothing new: same values as a single run on the same inbox.
    expect(exportWithoutRunId(env, join(root, 'waiting.csv'))).toBe(union);
  });
});
