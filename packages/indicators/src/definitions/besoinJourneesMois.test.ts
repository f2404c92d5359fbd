import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, L1, L5, Z1, Z2, Z4 } from '../testing/createTestWarehouse.js';
import { SECRECY_MAX } from '../secrecy/secrecyThreshold.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';
import { insertNeedActivity } from '../testing/insertNeedActivity.js';

/**
 * Inputs (insertNeedActivity): needs Z1 7 500 consultations a year, Z2 0, Z4 2 000 (partiel);
 * 2025-S37: 3 realised days and 3 acts at L1 (Z1); 2025-S38: 9 realised days and 177 acts at L5 (Z4).
 * National cumul: end of S37, 3 days (< 10: default 20 acts a day); end of S38, 12 days and 180 acts: 15 a day.
 */

describe('besoin_journees_mois', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await insertNeedActivity(wh);
  });
  afterEach(() => wh.close());

  it('uses the default 20 acts a day while the national cumul has fewer than 10 realised days', async () => {
    await computeForTest(wh, ['besoin_journees_mois'], '2025-10-05');
    // 7 500 ÷ 12 ÷ 20
    expect(await valueOf(wh, 'besoin_journees_mois', '2025-S37', 'zone', Z1)).toEqual({ value: 31.25, numerator: 625, denominator: 20, status: 'ok' });
    expect((await valueOf(wh, 'besoin_journees_mois', '2025-S36', 'zone', Z1))?.value).toBe(31.25);
  });

  it('then the national acts per day of the cumul ending with the period', async () => {
    await computeForTest(wh, ['besoin_journees_mois'], '2025-10-05');
    expect(await valueOf(wh, 'besoin_journees_mois', '2025-S38', 'zone', Z1)).toMatchObject({ numerator: 625, denominator: 15, status: 'ok' });
    expect((await valueOf(wh, 'besoin_journees_mois', '2025-09', 'zone', Z1))?.value).toBeCloseTo(625 / 15, 10);
    expect(await valueOf(wh, 'besoin_journees_mois', '2025-S38', 'zone', Z2)).toMatchObject({ value: 0, status: 'ok' });
    expect((await valueOf(wh, 'besoin_journees_mois', '2025-S38', 'zone', Z4))).toMatchObject({ status: 'partiel' });
    expect((await valueOf(wh, 'besoin_journees_mois', '2025-S38', 'zone', Z4))?.value).toBeCloseTo(2000 / 12 / 15, 10);
    expect((await valueOf(wh, 'besoin_journees_mois', '2025-S38', 'national', 'FR'))?.value).toBeCloseTo(9500 / 12 / 15, 10);
  });

  it('does not reveal a zone’s masked act count: the need is the same wherever the national acts were billed', async () => {
    await computeForTest(wh, ['besoin_journees_mois'], '2025-10-05');
    const before = await valueOf(wh, 'besoin_journees_mois', '2025-S38', 'zone', Z1);
    // Z1's own rate (3 acts ÷ 3 days) would give 625 journées; the national one gives 41,7
    expect(before?.value).toBeCloseTo(625 / 15, 10);
    await wh.run(`UPDATE clean.actes SET siret_lieu_execution = '${L5}' WHERE siret_lieu_execution = '${L1}'`);
    await computeForTest(wh, ['besoin_journees_mois'], '2025-10-05');
    expect(await valueOf(wh, 'besoin_journees_mois', '2025-S38', 'zone', Z1)).toEqual(before);
  });

  it('keeps the default while the national act count is one secrecy masks (1 to SECRECY_MAX), whatever the days', async () => {
    await wh.run(`INSERT INTO ref.parametres VALUES ('jours_min_actes_par_journee', DATE '2025-09-01', 1)`);
    await computeForTest(wh, ['besoin_journees_mois'], '2025-10-05');
    // end of S37: 3 days (≥ 1) but 3 acts, a count secrecy masks: the default 20, not 3 ÷ 3
    expect(3).toBeLessThanOrEqual(SECRECY_MAX);
    expect(await valueOf(wh, 'besoin_journees_mois', '2025-S37', 'zone', Z1)).toMatchObject({ denominator: 20 });
    // end of S38: 180 acts ÷ 12 days
    expect(await valueOf(wh, 'besoin_journees_mois', '2025-S38', 'zone', Z1)).toMatchObject({ denominator: 15 });
  });

  it('reads its parameters (minimum days, default acts a day) in force at the period end', async () => {
    await wh.run(`INSERT INTO ref.parametres VALUES ('jours_min_actes_par_journee', DATE '2025-09-01', 13), ('actes_par_journee_defaut', DATE '2025-09-01', 25)`);
    await computeForTest(wh, ['besoin_journees_mois'], '2025-10-05');
    // 12 days < 13: the default, now 25
    expect(await valueOf(wh, 'besoin_journees_mois', '2025-S38', 'zone', Z1)).toMatchObject({ value: 25, denominator: 25 });
  });
});
