import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertDays, L5, Z1, Z2, Z4 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';
import { insertNeedActivity } from '../testing/insertNeedActivity.js';

/**
 * Inputs (insertNeedActivity): Z1 needs 31,25 days a month at S37 and 625 ÷ 15 = 41,67 at S38, and
 * realised 3 days in S37; Z4 needs 2 000 ÷ 12 ÷ 15 = 11,11 at S38 (partiel) and realised 9 days then;
 * Z2 needs nothing. Pace of the 4 last weeks: days × 30,44 ÷ 28.
 */
describe('journees_manquantes_mois', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await insertNeedActivity(wh);
  });
  afterEach(() => wh.close());

  it('is the need minus the pace of the last 4 weeks, rounded up to a whole day', async () => {
    await computeForTest(wh, ['journees_manquantes_mois'], '2025-10-05');
    // 31,25 − 3,26 = 27,99
    expect(await valueOf(wh, 'journees_manquantes_mois', '2025-S37', 'zone', Z1)).toEqual({ value: 28, numerator: 28, denominator: null, status: 'ok' });
    // 41,67 − 3,26 = 38,41
    expect((await valueOf(wh, 'journees_manquantes_mois', '2025-S38', 'zone', Z1))?.value).toBe(39);
    // 11,11 − 9,78 = 1,33, partiel as the need
    expect(await valueOf(wh, 'journees_manquantes_mois', '2025-S38', 'zone', Z4)).toMatchObject({ value: 2, status: 'partiel' });
    expect(await valueOf(wh, 'journees_manquantes_mois', '2025-S38', 'zone', Z2)).toMatchObject({ value: 0, status: 'ok' });
  });

  it('is 0 when the pace covers the need', async () => {
    // 10 more days at Z4 on 16/09: 180 acts ÷ 22 days a day, Z4 needs 20,37 and realised 19 × 30,44 ÷ 28 = 20,66
    await insertDays(wh, [11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((rpps) => ({ date: '2025-09-16', rpps, lieu: L5 })));
    await computeForTest(wh, ['journees_manquantes_mois'], '2025-10-05');
    expect((await valueOf(wh, 'besoin_journees_mois', '2025-S38', 'zone', Z4))?.value).toBeCloseTo(2000 / 12 / (180 / 22), 10);
    expect(await valueOf(wh, 'journees_manquantes_mois', '2025-S38', 'zone', Z4)).toMatchObject({ value: 0, status: 'partiel' });
  });
});
