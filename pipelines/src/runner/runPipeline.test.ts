import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWarehouse } from '@vigie/etl';
import { definePipeline } from '../../definitions/index.js';
import { createMemoryLogger } from '../log/logger.js';
import { runPipeline } from './runPipeline.js';
import type { StepRunner } from './stepContext.js';

const pipeline = definePipeline({
  id: 'essai',
  label: 'Pipeline d’essai',
  description: 'Trois étapes factices.',
  cron: '0 6 * * 1',
  timezone: 'Europe/Paris',
  steps: ['ingest', 'compute', 'publish'],
});

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-run-'));
  return { inbox: join(dir, 'inbox'), warehouse: join(dir, 'warehouse.duckdb'), publicationDir: join(dir, 'publication') };
}

const ok = (rows: number): StepRunner => async () => ({ rows, message: `${rows} lignes` });

describe('runPipeline', () => {
  it('records the run and each step in the ledger', async () => {
    const paths = setup();
    const report = await runPipeline({
      pipeline,
      paths,
      trigger: 'commande',
      log: createMemoryLogger(),
      runners: { ingest: ok(10), compute: ok(20), publish: ok(30) },
    });
    expect(report.status).toBe('reussie');
    expect(report.steps.map((s) => [s.step, s.status, s.rows])).toEqual([
      ['ingest', 'reussie', 10],
      ['compute', 'reussie', 20],
      ['publish', 'reussie', 30],
    ]);
    const wh = await openWarehouse(paths.warehouse, { readOnly: true });
    expect(await wh.all('SELECT pipeline, trigger, status FROM ledger.runs')).toEqual([{ pipeline: 'essai', trigger: 'commande', status: 'reussie' }]);
    expect(await wh.all('SELECT step, status, rows FROM ledger.run_steps ORDER BY started_at')).toEqual([
      { step: 'ingest', status: 'reussie', rows: 10 },
      { step: 'compute', status: 'reussie', rows: 20 },
      { step: 'publish', status: 'reussie', rows: 30 },
    ]);
    wh.close();
  });

  it('stops at a failed step with its error and never reaches publish', async () => {
    const paths = setup();
    let published = false;
    const report = await runPipeline({
      pipeline,
      paths,
      trigger: 'commande',
      log: createMemoryLogger(),
      runners: {
        ingest: ok(1),
        compute: async () => {
          throw new Error('Colonne « valeur » introuvable.');
        },
        publish: async () => {
          published = true;
          return { rows: 0, message: '' };
        },
      },
    });
    expect(published).toBe(false);
    expect(report.status).toBe('echec');
    expect(report.error).toMatch(/Échec à l'étape « Calcul des indicateurs » : Colonne « valeur » introuvable\. Rien n'a été publié/);
    const wh = await openWarehouse(paths.warehouse, { readOnly: true });
    expect(await wh.one('SELECT status FROM ledger.runs')).toEqual({ status: 'echec' });
    wh.close();
  });

  it('stops before the next step when its signal is aborted', async () => {
    const paths = setup();
    const abort = new AbortController();
    const report = await runPipeline({
      pipeline,
      paths,
      trigger: 'planificateur',
      log: createMemoryLogger(),
      signal: abort.signal,
      runners: {
        ingest: async () => {
          abort.abort();
          return { rows: 1, message: 'fait' };
        },
        compute: ok(2),
        publish: ok(3),
      },
    });
    expect(report.status).toBe('arretee');
    expect(report.steps.map((s) => s.step)).toEqual(['ingest']);
  });

  it('marks a run left "en cours" by a killed process as interrupted', async () => {
    const paths = setup();
    const wh = await openWarehouse(paths.warehouse);
    await wh.run(`CREATE SCHEMA ledger; CREATE TABLE ledger.runs (run_id VARCHAR PRIMARY KEY, pipeline VARCHAR NOT NULL, trigger VARCHAR NOT NULL,
      started_at TIMESTAMP NOT NULL, ended_at TIMESTAMP, status VARCHAR NOT NULL, as_of DATE, message VARCHAR);
      INSERT INTO ledger.runs VALUES ('ancien', 'essai', 'commande', now()::TIMESTAMP, NULL, 'en_cours', NULL, NULL)`);
    wh.close();
    const log = createMemoryLogger();
    await runPipeline({ pipeline, paths, trigger: 'commande', log, runners: { ingest: ok(1), compute: ok(1), publish: ok(1) } });
    const after = await openWarehouse(paths.warehouse, { readOnly: true });
    expect(await after.one(`SELECT status FROM ledger.runs WHERE run_id = 'ancien'`)).toEqual({ status: 'interrompue' });
    after.close();
    expect(log.lines.some((l) => l['event'] === 'execution_interrompue')).toBe(true);
  });
});
