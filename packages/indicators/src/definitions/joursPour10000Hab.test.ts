import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertDays, L1, Z1 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('jours_pour_10000_hab', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertDays(wh, [{ date: '2025-09-08', rpps: 1, lieu: L1 }, { date: '2025-09-09', rpps: 1, lieu: L1 }]);
    await computeForTest(wh, ['jours_pour_10000_hab'], '2025-11-02');
  });
  afterAll(() => wh.close());

  it('relates days to the population of the zones in scope during the period', async () => {
    expect(await valueOf(wh, 'jours_pour_10000_hab', '2025-S37', 'zone', Z1)).toEqual({ value: 2, numerator: 2, denominator: 10000, status: 'ok' });
    expect((await valueOf(wh, 'jours_pour_10000_hab', '2025-S37', 'departement', '01'))?.value).toBeCloseTo(2 / 15000 * 10000, 10);
    expect(await valueOf(wh, 'jours_pour_10000_hab', '2025-S37', 'national', 'FR')).toMatchObject({ denominator: 23000 });
    expect(await valueOf(wh, 'jours_pour_10000_hab', '2025-10', 'national', 'FR')).toEqual({ value: 0, numerator: 0, denominator: 43000, status: 'ok' });
  });
});

describe('jours_pour_10000_hab with a zone withdrawn during the period', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await wh.run(`UPDATE clean.zones SET date_retrait = DATE '2025-09-10' WHERE code_epci = '${Z1}'`);
    await insertDays(wh, [{ date: '2025-09-08', rpps: 1, lieu: L1 }]);
    await computeForTest(wh, ['jours_pour_10000_hab'], '2025-10-05');
  });
  afterAll(() => wh.close());

  it('keeps its activity in the numerator and takes the population of the zones in scope at the period end', async () => {
    expect(await valueOf(wh, 'jours_pour_10000_hab', '2025-S37', 'national', 'FR')).toEqual({ value: 1 / 13000 * 10000, numerator: 1, denominator: 13000, status: 'ok' });
    expect(await valueOf(wh, 'jours_pour_10000_hab', '2025-S37', 'zone', Z1)).toEqual({ value: null, numerator: 1, denominator: 0, status: 'sans_donnees' });
    expect(await valueOf(wh, 'jours_pour_10000_hab', '2025-S38', 'zone', Z1)).toBeUndefined();
  });
});
