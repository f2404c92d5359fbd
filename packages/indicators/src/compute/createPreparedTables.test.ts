import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { createPreparedTables } from './createPreparedTables.js';

describe('createPreparedTables from a day (an increment)', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
  });
  afterEach(() => wh.close());

  it('keeps only the periods ending on or after the day, cumuls still from the launch, and what is built on them', async () => {
    await createPreparedTables(wh, '2026-01-04', '2025-12-30');
    const periods = await wh.all<{ period_type: string; period: string; period_start: string; period_end: string }>(
      `SELECT period_type, period, period_start, period_end FROM periods ORDER BY period_type, period_end`,
    );
    expect(periods).toEqual([
      { period_type: 'cumul', period: '2025-12-31', period_start: '2025-09-01', period_end: '2025-12-31' },
      { period_type: 'cumul', period: '2026-01-04', period_start: '2025-09-01', period_end: '2026-01-04' },
      { period_type: 'mois', period: '2025-12', period_start: '2025-12-01', period_end: '2025-12-31' },
      { period_type: 'mois', period: '2026-01', period_start: '2026-01-01', period_end: '2026-01-04' },
      { period_type: 'semaine', period: '2026-S01', period_start: '2025-12-29', period_end: '2026-01-04' },
    ]);
    const universe = await wh.one<{ periods: number }>(`SELECT count(DISTINCT period_type || period) AS periods FROM geo_universe`);
    expect(universe?.periods).toBe(5);
    const days = await wh.one<{ first: string }>(`SELECT CAST(min(day) AS VARCHAR) AS first FROM day_periods WHERE period_type = 'cumul'`);
    expect(days?.first).toBe('2025-09-01');
  });

  it('keeps every period without a day, and refuses a day that is not a date', async () => {
    await createPreparedTables(wh, '2026-01-04');
    expect((await wh.one<{ n: number }>(`SELECT count(*) AS n FROM periods WHERE period_end < DATE '2025-12-30'`))?.n).toBeGreaterThan(20);
    await expect(createPreparedTables(wh, '2026-01-04', '30/12/2025')).rejects.toThrow(/Premier jour à recalculer attendu au format AAAA-MM-JJ, reçu « 30\/12\/2025 »/);
  });
});
