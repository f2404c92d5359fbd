import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertDays, L1, L2, L3, Z4 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('jours_par_volontaire', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertDays(wh, [
      { date: '2025-09-08', rpps: 1, lieu: L1 },
      { date: '2025-09-09', rpps: 1, lieu: L2 },
      { date: '2025-09-16', rpps: 2, lieu: L3, creneau: 'MATIN' },
    ]);
    await computeForTest(wh, ['jours_par_volontaire'], '2025-10-05');
  });
  afterAll(() => wh.close());

  it('divides realised days by active volunteers', async () => {
    expect(await valueOf(wh, 'jours_par_volontaire', '2025-S37', 'departement', '01')).toEqual({ value: 2, numerator: 2, denominator: 1, status: 'ok' });
    expect(await valueOf(wh, 'jours_par_volontaire', '2025-09', 'national', 'FR')).toEqual({ value: 1.25, numerator: 2.5, denominator: 2, status: 'ok' });
  });

  it('has no data without active volunteers', async () => {
    expect(await valueOf(wh, 'jours_par_volontaire', '2025-S37', 'zone', Z4)).toEqual({ value: null, numerator: 0, denominator: 0, status: 'sans_donnees' });
  });
});
