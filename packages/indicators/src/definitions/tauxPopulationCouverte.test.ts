import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertDays, L1, L5 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('taux_population_couverte', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertDays(wh, [
      { date: '2025-09-08', rpps: 1, lieu: L1 }, // Z1, 10 000 h.
      { date: '2025-09-10', rpps: 2, lieu: L5, creneau: 'MATIN' }, // Z4, 8 000 h.
    ]);
    await computeForTest(wh, ['taux_population_couverte'], '2025-11-02');
  });
  afterAll(() => wh.close());

  it('divides the population of covered zones by the population of zones in scope at the period end', async () => {
    expect(await valueOf(wh, 'taux_population_couverte', '2025-S37', 'national', 'FR')).toEqual({ value: 18000 / 23000, numerator: 18000, denominator: 23000, status: 'ok' });
    expect(await valueOf(wh, 'taux_population_couverte', '2025-S37', 'departement', '01')).toMatchObject({ numerator: 10000, denominator: 15000 });
    expect(await valueOf(wh, 'taux_population_couverte', '2025-10', 'national', 'FR')).toEqual({ value: 0, numerator: 0, denominator: 43000, status: 'ok' });
  });
});
