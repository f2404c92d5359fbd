import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { freshnessDate } from './freshnessDate.js';

describe('freshnessDate', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await wh.run(`INSERT INTO ledger.runs (run_id, pipeline, trigger, started_at, status, as_of) VALUES
      ('hebdo', 'hebdomadaire', 'planificateur', TIMESTAMP '2026-01-26 05:00:00', 'en_cours', NULL),
      ('retro', 'hebdomadaire', 'commande', TIMESTAMP '2026-01-26 05:00:00', 'en_cours', DATE '2025-10-15')`);
  });
  afterAll(() => wh.close());

  const lateEvening = new Date('2026-01-25T23:30:00Z'); // already Monday 26/01 in Paris

  it('takes the date given', async () => {
    expect(await freshnessDate(wh, { runId: 'retro', today: '2025-12-01' }, lateEvening)).toBe('2025-12-01');
    await expect(freshnessDate(wh, { runId: 'hebdo', today: '01/12/2025' })).rejects.toThrow(/AAAA-MM-JJ.*01\/12\/2025/);
  });

  it('judges a backfill at its as-of date', async () => {
    expect(await freshnessDate(wh, { runId: 'retro' }, lateEvening)).toBe('2025-10-15');
  });

  it('judges a run, or a publication without a recorded run, at today’s date in Paris', async () => {
    expect(await freshnessDate(wh, { runId: 'hebdo' }, lateEvening)).toBe('2026-01-26');
    expect(await freshnessDate(wh, { runId: 'inconnu' }, lateEvening)).toBe('2026-01-26');
  });
});
