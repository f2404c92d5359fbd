import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, Z1, Z2, Z3, Z4 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('temps_acces_urgences', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await wh.run(`INSERT INTO clean.urgences VALUES
      ('01001', 2024, 30, 20), ('01002', 2024, 10, 20), ('03001', 2024, 40, 20), ('03002', 2024, NULL, 20),
      ('12001', 2024, 60, 20), ('12002', 2024, 20, 20), ('01009', 2024, 5, 5), ('01001', 2022, 99, 99)`);
    await computeForTest(wh, ['temps_acces_urgences'], '2025-11-02');
  });
  afterAll(() => wh.close());

  it('weights access times by commune population', async () => {
    expect(await valueOf(wh, 'temps_acces_urgences', '2025-S37', 'zone', Z1)).toEqual({ value: 20, numerator: 200000, denominator: 10000, status: 'ok' });
    expect((await valueOf(wh, 'temps_acces_urgences', '2025-S37', 'zone', Z4))?.value).toBe(40);
    expect((await valueOf(wh, 'temps_acces_urgences', '2025-10', 'zone', Z3))?.value).toBe(40);
    expect((await valueOf(wh, 'temps_acces_urgences', '2025-S37', 'departement', '01'))?.value).toBe(20);
    expect((await valueOf(wh, 'temps_acces_urgences', '2025-S37', 'national', 'FR'))?.value).toBeCloseTo(520000 / 18000, 10);
    expect(await valueOf(wh, 'temps_acces_urgences', '2025-S37', 'zone', Z2)).toMatchObject({ value: null, status: 'sans_donnees' });
  });
});
