import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';
import { insertJuniorSnapshots } from '../testing/insertJuniorSnapshots.js';

/**
 * November (84 only; 76 has sent nothing): A in ZIP → 1 000 ; M1 (A, B) → 1 800 + 800 ; D is outside
 * every zone: 3 600. December: 84: A in ZIP → 1 000 ; M1 (A) → 2 600 ; M2 (C, AUCUN) → 1 800 : 5 400 ;
 * 76: E in QPV, no ZIP bonus ; M3 → 2 600. France in December: 8 000.
 */
describe('primes_dj_eur', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await insertJuniorSnapshots(wh);
  });
  afterEach(() => wh.close());

  it('prices a month of bonuses at its end', async () => {
    await computeForTest(wh, ['primes_dj_eur'], '2027-01-03');
    expect(await valueOf(wh, 'primes_dj_eur', '2026-11', 'region', '84')).toMatchObject({ value: 3600, status: 'ok' });
    expect(await valueOf(wh, 'primes_dj_eur', '2026-11', 'region', '76')).toMatchObject({ value: null, status: 'sans_donnees' });
    expect(await valueOf(wh, 'primes_dj_eur', '2026-11', 'national', 'FR')).toMatchObject({ value: 3600, status: 'partiel' });
    expect(await valueOf(wh, 'primes_dj_eur', '2026-12', 'region', '84')).toMatchObject({ value: 5400, status: 'ok' });
    expect(await valueOf(wh, 'primes_dj_eur', '2026-12', 'region', '76')).toMatchObject({ value: 2600, status: 'ok' });
    expect(await valueOf(wh, 'primes_dj_eur', '2026-12', 'national', 'FR')).toMatchObject({ value: 8000, status: 'ok' });
  });

  it('counts no running month, no week, and every ended month in a cumul', async () => {
    await computeForTest(wh, ['primes_dj_eur'], '2027-01-03');
    expect(await valueOf(wh, 'primes_dj_eur', '2027-01', 'national', 'FR')).toMatchObject({ value: 0, status: 'ok' });
    expect(await valueOf(wh, 'primes_dj_eur', '2026-S52', 'national', 'FR')).toBeUndefined();
    expect(await valueOf(wh, 'primes_dj_eur', '2027-01-03', 'national', 'FR')).toMatchObject({ value: 11600, status: 'partiel' });
    expect(await valueOf(wh, 'primes_dj_eur', '2027-01-03', 'region', '84')).toMatchObject({ value: 9000, status: 'ok' });
    expect(await valueOf(wh, 'primes_dj_eur', '2027-01-03', 'region', '76')).toMatchObject({ value: 2600, status: 'partiel' });
  });

  it('reads the amounts in force at the end of each month (dated parameters)', async () => {
    await wh.run(`INSERT INTO ref.parametres VALUES ('prime_dj_zip', DATE '2026-11-01', 1000), ('prime_dj_zip', DATE '2026-12-01', 1100)`);
    await computeForTest(wh, ['primes_dj_eur'], '2027-01-03');
    expect((await valueOf(wh, 'primes_dj_eur', '2026-11', 'region', '84'))?.value).toBe(3600);
    expect((await valueOf(wh, 'primes_dj_eur', '2026-12', 'region', '84'))?.value).toBe(5500);
  });
});
