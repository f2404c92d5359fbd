import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertDays, L1, L3, L9, Z1, Z2 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('vol_actifs', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertDays(wh, [
      { date: '2025-09-08', rpps: 1, lieu: L1 },
      { date: '2025-09-09', rpps: 1, lieu: L3, creneau: 'APRES_MIDI' },
      { date: '2025-09-10', rpps: 2, lieu: L1, statut: 'PLANIFIEE' },
      { date: '2025-09-10', rpps: 3, lieu: L9 },
      { date: '2025-09-16', rpps: 2, lieu: L1 },
    ]);
    await computeForTest(wh, ['vol_actifs'], '2025-10-05');
  });
  afterAll(() => wh.close());

  it('counts distinct volunteers with a realised unit, once per territory', async () => {
    expect((await valueOf(wh, 'vol_actifs', '2025-S37', 'zone', Z1))?.value).toBe(1);
    expect((await valueOf(wh, 'vol_actifs', '2025-S37', 'zone', Z2))?.value).toBe(1);
    expect((await valueOf(wh, 'vol_actifs', '2025-S37', 'departement', '01'))?.value).toBe(1);
    expect((await valueOf(wh, 'vol_actifs', '2025-S38', 'zone', Z1))?.value).toBe(1);
    expect((await valueOf(wh, 'vol_actifs', '2025-09', 'zone', Z1))?.value).toBe(2);
    expect((await valueOf(wh, 'vol_actifs', '2025-09', 'national', 'FR'))?.value).toBe(2);
    expect((await valueOf(wh, 'vol_actifs', '2025-S39', 'zone', Z1))?.value).toBe(0);
  });

  it('cumulates distinct volunteers since the launch', async () => {
    expect((await valueOf(wh, 'vol_actifs', '2025-09-14', 'national', 'FR'))?.value).toBe(1);
    expect((await valueOf(wh, 'vol_actifs', '2025-09-21', 'national', 'FR'))?.value).toBe(2);
    expect((await valueOf(wh, 'vol_actifs', '2025-10-05', 'zone', Z2))?.value).toBe(1);
    expect((await valueOf(wh, 'vol_actifs', '2025-10-05', 'region', '76'))?.value).toBe(0);
  });
});
