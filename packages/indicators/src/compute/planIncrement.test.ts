import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertActs, L1 } from '../testing/createTestWarehouse.js';
import { seedScenario } from '../testing/seedScenario.js';
import { computeIndicators } from './computeIndicators.js';

/** The plan recorded for `runId` (indicators.compute_plans). */
async function plan(wh: Warehouse, runId: string): Promise<{ mode: string; from_day: string | null; reason: string } | undefined> {
  return wh.one(`SELECT mode, CAST(from_day AS VARCHAR) AS from_day, reason FROM indicators.compute_plans WHERE run_id = $run`, { run: runId });
}

describe('planIncrement', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await seedScenario(wh);
    await computeIndicators(wh, { runId: 'run-1', asOf: '2025-09-28', incremental: true });
  });
  afterEach(() => wh.close());

  it('recomputes from the first day whose acts changed, or from the day after the last computation', async () => {
    expect(await plan(wh, 'run-1')).toMatchObject({ mode: 'complet', reason: 'aucun calcul précédent à compléter' });
    await computeIndicators(wh, { runId: 'run-2', asOf: '2025-10-05', incremental: true });
    expect(await plan(wh, 'run-2')).toMatchObject({ mode: 'increment', from_day: '2025-09-29' });
    await insertActs(wh, { date: '2025-09-16', lieu: L1 }, 2);
    await computeIndicators(wh, { runId: 'run-3', asOf: '2025-10-05', incremental: true });
    expect(await plan(wh, 'run-3')).toMatchObject({ mode: 'increment', from_day: '2025-09-16', reason: 'actes ou journées changés à partir du 16/09/2025' });
  });

  it('computes everything when the previous computation had another common base (socle)', async () => {
    await wh.run(`UPDATE indicators.run_socle SET text_hash = 'un autre socle' WHERE run_id = 'run-1'`);
    await computeIndicators(wh, { runId: 'run-2', asOf: '2025-10-05', incremental: true });
    expect(await plan(wh, 'run-2')).toMatchObject({
      mode: 'complet',
      reason: 'le socle commun des indicateurs (relations préparées, tables propres, version de Vigie) a changé depuis le calcul run-1',
    });
  });
});
