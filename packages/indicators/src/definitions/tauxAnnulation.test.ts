import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertDays, L1, Z1, Z2 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('taux_annulation', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertDays(wh, [
      { date: '2025-09-08', rpps: 1, lieu: L1 },
      { date: '2025-09-09', rpps: 1, lieu: L1, creneau: 'MATIN', statut: 'ANNULEE' },
      { date: '2025-09-10', rpps: 2, lieu: L1, statut: 'ANNULEE' },
      { date: '2025-09-11', rpps: 2, lieu: L1, statut: 'PLANIFIEE' },
    ]);
    await computeForTest(wh, ['taux_annulation'], '2025-10-05');
  });
  afterAll(() => wh.close());

  it('divides cancelled units by realised and cancelled units, planned days aside', async () => {
    expect(await valueOf(wh, 'taux_annulation', '2025-S37', 'zone', Z1)).toEqual({ value: 0.6, numerator: 1.5, denominator: 2.5, status: 'ok' });
    expect((await valueOf(wh, 'taux_annulation', '2025-09-30', 'national', 'FR'))?.value).toBe(0.6);
  });

  it('has no data where nothing was realised or cancelled', async () => {
    expect(await valueOf(wh, 'taux_annulation', '2025-S37', 'zone', Z2)).toMatchObject({ value: null, status: 'sans_donnees' });
  });
});
