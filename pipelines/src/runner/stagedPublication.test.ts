import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openWarehouse } from '@vigie/etl';
import { stagedFolderPath } from '@vigie/indicators';
import { definePipeline } from '../../definitions/index.js';
import { BUILD_COMMAND_VARIABLE } from '../dashboard/dashboardPaths.js';
import { createMemoryLogger } from '../log/logger.js';
import { runPipeline } from './runPipeline.js';
import type { StepRunner } from './stepContext.js';

const pipeline = definePipeline({
  id: 'essai',
  label: 'Pipeline d’essai',
  description: 'Publication puis tableau de bord.',
  cron: '0 6 * * 1',
  timezone: 'Europe/Paris',
  steps: ['publish', 'dashboard'],
});

const FAKE_BUILD = `"${process.execPath}" "${resolve(import.meta.dirname, '../../../test/support/fakeDashboardBuild.mjs')}"`;

/** A publish step that stages a one-file publication (publish.meta and meta.parquet) when asked to. */
const fakePublish: StepRunner = async (ctx) => {
  await ctx.wh.run('CREATE SCHEMA IF NOT EXISTS publish');
  await ctx.wh.run(`CREATE OR REPLACE TABLE publish.meta AS SELECT $run AS run_id, TIMESTAMP '2025-10-13 06:00:00' AS publie_le`, { run: ctx.runId });
  const dir = stagedFolderPath(ctx.paths.publicationDir, ctx.runId);
  mkdirSync(dir, { recursive: true });
  await ctx.wh.run(`COPY publish.meta TO '${join(dir, 'meta.parquet')}' (FORMAT parquet)`);
  if (!ctx.stageForDashboard) throw new Error('the publish step should have been asked to stage');
  ctx.staged = { publicationDir: dir };
  return { rows: 1, message: 'prête' };
};

describe('runPipeline with a dashboard step', () => {
  const root = mkdtempSync(join(tmpdir(), 'vigie-staged-run-'));
  const paths = { inbox: join(root, 'inbox'), warehouse: join(root, 'wh', 'warehouse.duckdb'), publicationDir: join(root, 'wh', 'publication') };
  afterEach(() => {
    delete process.env[BUILD_COMMAND_VARIABLE];
    delete process.env['FAKE_BUILD_MODE'];
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const run = async (mode: 'ok' | 'fail') => {
    process.env[BUILD_COMMAND_VARIABLE] = FAKE_BUILD;
    process.env['FAKE_BUILD_MODE'] = mode;
    return runPipeline({ pipeline, paths, trigger: 'commande', log: createMemoryLogger(), runners: { publish: fakePublish } });
  };
  const publishedRun = async () => {
    const wh = await openWarehouse(paths.warehouse, { readOnly: true });
    try {
      return (await wh.one<{ run_id: string }>('SELECT run_id FROM publish.meta'))?.run_id;
    } finally {
      wh.close();
    }
  };

  it('puts the publication and its site in place together, and neither when the build fails', async () => {
    const first = await run('ok');
    expect(first.status, first.error).toBe('reussie');
    const site = join(root, 'wh', 'site');
    const firstSite = readFileSync(join(site, 'index.html'), 'utf8');
    expect(readdirSync(join(site, 'data'))).toEqual(['meta.parquet']);
    expect(await publishedRun()).toBe(first.runId);

    const second = await run('fail');
    expect(second.status).toBe('echec');
    const kept = `la publication précédente (exécution ${first.runId}) reste en place, avec son site`;
    expect(second.error).toContain(kept);
    expect(second.steps.find((s) => s.step === 'dashboard')?.message).toContain(kept);
    // The staged publication is gone, publish.* is back to the publication in place.
    expect(await publishedRun()).toBe(first.runId);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe(firstSite);
    expect(readdirSync(join(root, 'wh')).filter((name) => name.startsWith('.'))).toEqual([]);
    const wh = await openWarehouse(paths.warehouse, { readOnly: true });
    expect(await wh.one(`SELECT status, message FROM ledger.run_steps WHERE run_id = $run AND step = 'dashboard'`, { run: second.runId })).toEqual({
      status: 'echec',
      message: expect.stringContaining(kept),
    });
    wh.close();

    const third = await run('ok');
    expect(third.status, third.error).toBe('reussie');
    expect(await publishedRun()).toBe(third.runId);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).not.toBe(firstSite);
    expect(existsSync(join(paths.publicationDir, 'meta.parquet'))).toBe(true);
  });
});
