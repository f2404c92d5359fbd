import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, Z1, Z2, Z4 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';
import { insertNeedActivity } from '../testing/insertNeedActivity.js';

/**
 * Same inputs as besoin_journees_mois (insertNeedActivity): Z1 needs 31,25 days a month at S37 (default rate) and
 * 41,67 from S38 (15 acts a day nationally); Z1 realised 3 days in S37; Z4 needs 11,11 at S38 and
 * realised 9 days; Z2 needs nothing.
 */
describe('taux_couverture_besoin', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await insertNeedActivity(wh);
  });
  afterEach(() => wh.close());

  it('divides the realised days by the need of the period (days of the period ÷ 30,44 months)', async () => {
    await computeForTest(wh, ['taux_couverture_besoin'], '2025-10-05');
    const week = await valueOf(wh, 'taux_couverture_besoin', '2025-S37', 'zone', Z1);
    expect(week).toMatchObject({ numerator: 3, status: 'ok' });
    expect(week?.denominator).toBeCloseTo((31.25 * 7) / 30.44, 10);
    expect(week?.value).toBeCloseTo((3 * 30.44) / (31.25 * 7), 10);
    expect((await valueOf(wh, 'taux_couverture_besoin', '2025-S38', 'zone', Z1))?.value).toBe(0);
    expect((await valueOf(wh, 'taux_couverture_besoin', '2025-09', 'zone', Z1))?.value).toBeCloseTo((3 * 30.44) / ((625 / 15) * 30), 10);
  });

  it('can exceed 100 %, keeps partiel from the need, and has no data when the need is 0', async () => {
    await computeForTest(wh, ['taux_couverture_besoin'], '2025-10-05');
    const z4 = await valueOf(wh, 'taux_couverture_besoin', '2025-S38', 'zone', Z4);
    expect(z4).toMatchObject({ numerator: 9, status: 'partiel' });
    expect(z4?.value).toBeCloseTo((9 * 30.44) / ((2000 / 12 / 15) * 7), 10);
    expect(await valueOf(wh, 'taux_couverture_besoin', '2025-S37', 'zone', Z2)).toMatchObject({ value: null, status: 'sans_donnees' });
  });
});
