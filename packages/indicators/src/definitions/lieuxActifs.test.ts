import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertDays, L1, L2, L3, L9, Z1, Z2 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('lieux_actifs', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertDays(wh, [
      { date: '2025-09-08', rpps: 1, lieu: L1 },
      { date: '2025-09-08', rpps: 2, lieu: L2, creneau: 'MATIN' },
      { date: '2025-09-09', rpps: 1, lieu: L1 },
      { date: '2025-09-09', rpps: 3, lieu: L3, statut: 'ANNULEE' },
      { date: '2025-09-09', rpps: 4, lieu: L9 },
    ]);
    await computeForTest(wh, ['lieux_actifs'], '2025-10-05');
  });
  afterAll(() => wh.close());

  it('counts distinct lieux with a realised unit', async () => {
    expect((await valueOf(wh, 'lieux_actifs', '2025-S37', 'zone', Z1))?.value).toBe(2);
    expect((await valueOf(wh, 'lieux_actifs', '2025-S37', 'zone', Z2))?.value).toBe(0);
    expect((await valueOf(wh, 'lieux_actifs', '2025-S37', 'national', 'FR'))?.value).toBe(2);
    expect((await valueOf(wh, 'lieux_actifs', '2025-10-05', 'departement', '01'))?.value).toBe(2);
    expect((await valueOf(wh, 'lieux_actifs', '2025-S38', 'national', 'FR'))?.value).toBe(0);
  });
});
