import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertActs, insertDays, L1, L3, Z1, Z2 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('consultations_par_jour', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertDays(wh, [{ date: '2025-09-08', rpps: 1, lieu: L1 }, { date: '2025-09-09', rpps: 1, lieu: L1, creneau: 'MATIN' }]);
    await insertActs(wh, { date: '2025-09-08', lieu: L1 }, 12);
    await insertActs(wh, { date: '2025-09-09', lieu: L3 }, 3);
    await computeForTest(wh, ['consultations_par_jour'], '2025-10-05');
  });
  afterAll(() => wh.close());

  it('divides acts by realised days', async () => {
    expect(await valueOf(wh, 'consultations_par_jour', '2025-S37', 'zone', Z1)).toEqual({ value: 8, numerator: 12, denominator: 1.5, status: 'ok' });
    expect((await valueOf(wh, 'consultations_par_jour', '2025-S37', 'national', 'FR'))?.value).toBe(10);
  });

  it('has no data for acts without a realised day', async () => {
    expect(await valueOf(wh, 'consultations_par_jour', '2025-S37', 'zone', Z2)).toEqual({ value: null, numerator: 3, denominator: 0, status: 'sans_donnees' });
  });
});
