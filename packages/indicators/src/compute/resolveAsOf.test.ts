import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertActs, insertDays, L1 } from '../testing/createTestWarehouse.js';
import { resolveAsOf } from './resolveAsOf.js';

describe('resolveAsOf', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
  });
  afterEach(() => wh.close());

  it('takes the Sunday on or before a given date', async () => {
    expect(await resolveAsOf(wh, '2025-10-08')).toBe('2025-10-05');
    expect(await resolveAsOf(wh, '2025-10-05')).toBe('2025-10-05');
    await expect(resolveAsOf(wh, '08/10/2025')).rejects.toThrow(/AAAA-MM-JJ/);
  });

  it('defaults to the Sunday on or before the latest realised, planned or act date', async () => {
    await insertDays(wh, [{ date: '2025-10-01', rpps: 1, lieu: L1 }, { date: '2025-10-20', rpps: 1, lieu: L1, statut: 'ANNULEE' }]);
    await insertActs(wh, { date: '2025-10-13', lieu: L1 });
    expect(await resolveAsOf(wh, undefined, '2026-01-10')).toBe('2025-10-12');
    await insertDays(wh, [{ date: '2025-10-19', rpps: 1, lieu: L1, statut: 'PLANIFIEE' }]);
    expect(await resolveAsOf(wh, undefined, '2026-01-10')).toBe('2025-10-19');
  });

  it('never goes past the last week that has ended in Paris', async () => {
    await insertDays(wh, [{ date: '2025-12-20', rpps: 1, lieu: L1, statut: 'PLANIFIEE' }]);
    expect(await resolveAsOf(wh, undefined, '2025-10-15')).toBe('2025-10-12');
    expect(await resolveAsOf(wh, undefined, '2025-10-12')).toBe('2025-10-05'); // a Sunday: its week is not over
  });
});
