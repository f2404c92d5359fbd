import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertActs, insertDays, L1, L3, Z1, Z2 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('cout_par_acte', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertDays(wh, [{ date: '2025-09-08', rpps: 1, lieu: L1 }, { date: '2025-09-08', rpps: 2, lieu: L3 }]);
    await insertActs(wh, { date: '2025-09-08', lieu: L1 }, 20);
    await computeForTest(wh, ['cout_par_acte'], '2025-10-05');
  });
  afterAll(() => wh.close());

  it('divides indemnities by acts', async () => {
    expect(await valueOf(wh, 'cout_par_acte', '2025-S37', 'zone', Z1)).toEqual({ value: 10, numerator: 200, denominator: 20, status: 'ok' });
    expect((await valueOf(wh, 'cout_par_acte', '2025-S37', 'national', 'FR'))?.value).toBe(20);
  });

  it('has no data without acts', async () => {
    expect(await valueOf(wh, 'cout_par_acte', '2025-S37', 'zone', Z2)).toEqual({ value: null, numerator: 200, denominator: 0, status: 'sans_donnees' });
  });
});
