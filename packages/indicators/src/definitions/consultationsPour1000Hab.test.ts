import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertActs, L1, Z1, Z2 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('consultations_pour_1000_hab', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertActs(wh, { date: '2025-09-08', lieu: L1 }, 12);
    await computeForTest(wh, ['consultations_pour_1000_hab'], '2025-10-05');
  });
  afterAll(() => wh.close());

  it('relates acts to the population of the zones in scope', async () => {
    expect(await valueOf(wh, 'consultations_pour_1000_hab', '2025-S37', 'zone', Z1)).toEqual({ value: 1.2, numerator: 12, denominator: 10000, status: 'ok' });
    expect((await valueOf(wh, 'consultations_pour_1000_hab', '2025-S37', 'departement', '01'))?.value).toBeCloseTo(0.8, 10);
    expect(await valueOf(wh, 'consultations_pour_1000_hab', '2025-S37', 'zone', Z2)).toEqual({ value: 0, numerator: 0, denominator: 5000, status: 'ok' });
  });
});
