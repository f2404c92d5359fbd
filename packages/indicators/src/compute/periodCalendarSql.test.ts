import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { createPreparedTables } from './createPreparedTables.js';

describe('the period calendar', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await createPreparedTables(wh, '2026-01-04');
  });
  afterEach(() => wh.close());

  const periods = (type: string) =>
    wh.all<{ period: string; period_start: string; period_end: string }>(
      `SELECT period, period_start, period_end FROM periods WHERE period_type = $type ORDER BY period_end`,
      { type },
    );

  it('lists ISO weeks from the launch (2025-S36) to the last complete week, 2026-S01 included', async () => {
    const weeks = await periods('semaine');
    expect(weeks).toHaveLength(18);
    expect(weeks[0]).toEqual({ period: '2025-S36', period_start: '2025-09-01', period_end: '2025-09-07' });
    expect(weeks.at(-1)).toEqual({ period: '2026-S01', period_start: '2025-12-29', period_end: '2026-01-04' });
    expect(weeks.map((w) => w.period)).toContain('2025-S52');
  });

  it('lists months, the running one stopping at the last complete week', async () => {
    const months = await periods('mois');
    expect(months.map((m) => m.period)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01']);
    expect(months[1]).toEqual({ period: '2025-10', period_start: '2025-10-01', period_end: '2025-10-31' });
    expect(months.at(-1)).toEqual({ period: '2026-01', period_start: '2026-01-01', period_end: '2026-01-04' });
  });

  it('codes a cumul by its last day: every week end and every complete month end, once', async () => {
    const cumuls = await periods('cumul');
    const codes = cumuls.map((c) => c.period);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain('2025-09-30');
    expect(codes).toContain('2025-11-30'); // a Sunday and a month end: one period
    expect(codes).toContain('2025-12-31');
    expect(codes.at(-1)).toBe('2026-01-04');
    expect(cumuls.every((c) => c.period_start === '2025-09-01')).toBe(true);
    expect(codes).toHaveLength(18 + 4 - 1);
  });

  it('places each day in its week, its month and every cumul that includes it', async () => {
    const rows = await wh.all<{ period_type: string; period: string }>(
      `SELECT period_type, period FROM day_periods WHERE day = DATE '2025-12-31' ORDER BY ALL`,
    );
    expect(rows).toEqual([
      { period_type: 'cumul', period: '2025-12-31' },
      { period_type: 'cumul', period: '2026-01-04' },
      { period_type: 'mois', period: '2025-12' },
      { period_type: 'semaine', period: '2026-S01' },
    ]);
  });
});
