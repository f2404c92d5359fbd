import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertDays, L5, Z1, Z2, Z4 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';
import { insertNeedActivity } from '../testing/insertNeedActivity.js';

/**
 * Inputs (insertNeedActivity): Z1 realised 3 days on 08, 09 and 10/09/2025 (2025-S37); Z4 9 days on
 * 15/09/2025 (2025-S38). A value is the realised days of the 28 days ending with the period × 30,44 ÷ 28.
 */
describe('rythme_journees_mois', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await insertNeedActivity(wh);
  });
  afterEach(() => wh.close());

  it('counts the realised days of the 28 days ending with the week, brought to a 30,44-day month', async () => {
    await computeForTest(wh, ['rythme_journees_mois'], '2025-10-12');
    expect(await valueOf(wh, 'rythme_journees_mois', '2025-S37', 'zone', Z1)).toMatchObject({ numerator: 3, denominator: 28, status: 'ok' });
    expect((await valueOf(wh, 'rythme_journees_mois', '2025-S37', 'zone', Z1))?.value).toBeCloseTo((3 * 30.44) / 28, 10);
    // S40 ends on 05/10: its window starts on 08/09, the first of Z1's days
    expect((await valueOf(wh, 'rythme_journees_mois', '2025-S40', 'zone', Z1))?.numerator).toBe(3);
    // S41 ends on 12/10: its window starts on 15/09, after Z1's days and on Z4's
    expect(await valueOf(wh, 'rythme_journees_mois', '2025-S41', 'zone', Z1)).toMatchObject({ value: 0, numerator: 0, status: 'ok' });
    expect((await valueOf(wh, 'rythme_journees_mois', '2025-S41', 'zone', Z4))?.numerator).toBe(9);
    expect((await valueOf(wh, 'rythme_journees_mois', '2025-S38', 'national', 'FR'))?.value).toBeCloseTo((12 * 30.44) / 28, 10);
  });

  it('gives 0 to a zone without days, and reads the 28 days ending with a month or a cumul the same way', async () => {
    await insertDays(wh, [{ date: '2025-09-02', rpps: 11, lieu: L5 }]);
    await computeForTest(wh, ['rythme_journees_mois'], '2025-10-12');
    expect(await valueOf(wh, 'rythme_journees_mois', '2025-S38', 'zone', Z2)).toMatchObject({ value: 0, status: 'ok' });
    // September ends on 30/09: 03/09 to 30/09, so not the day of 02/09
    expect((await valueOf(wh, 'rythme_journees_mois', '2025-09', 'zone', Z4))?.numerator).toBe(9);
    expect((await valueOf(wh, 'rythme_journees_mois', '2025-09-28', 'zone', Z4))?.numerator).toBe(10);
  });
});
