import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertActs, L1, L3, L4, L5, L9, Z1, Z2, Z3, Z4 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('consultations', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await insertActs(wh, { date: '2025-09-08', lieu: L1 }, 12); // Z1, S37
    await insertActs(wh, { date: '2025-09-30', lieu: L3, prestation: 'VG' }, 3); // Z2, S40, September
    await insertActs(wh, { date: '2025-10-01', lieu: L3 }, 2); // Z2, S40, October
    await insertActs(wh, { date: '2025-10-10', lieu: L4 }, 4); // Z3 before designation
    await insertActs(wh, { date: '2025-10-16', lieu: L4 }, 5); // Z3
    await insertActs(wh, { date: '2025-10-16', lieu: L9 }, 7); // outside zones
    await insertActs(wh, { date: '2025-10-16', lieu: '99999999999999' }, 1); // unknown lieu
    await computeForTest(wh, ['consultations'], '2025-10-19');
  });
  afterEach(() => wh.close());

  it('counts acts by period at lieux in scope', async () => {
    expect((await valueOf(wh, 'consultations', '2025-S37', 'zone', Z1))?.value).toBe(12);
    expect((await valueOf(wh, 'consultations', '2025-S40', 'zone', Z2))?.value).toBe(5);
    expect((await valueOf(wh, 'consultations', '2025-09', 'zone', Z2))?.value).toBe(3);
    expect((await valueOf(wh, 'consultations', '2025-10', 'zone', Z2))?.value).toBe(2);
    expect((await valueOf(wh, 'consultations', '2025-10', 'zone', Z3))?.value).toBe(5);
    expect((await valueOf(wh, 'consultations', '2025-10', 'departement', '01'))?.value).toBe(2);
    expect((await valueOf(wh, 'consultations', '2025-10-19', 'national', 'FR'))?.value).toBe(22);
    expect((await valueOf(wh, 'consultations', '2025-10-19', 'region', '84'))?.value).toBe(22);
  });

  it('gives 0 to zones without acts', async () => {
    expect(await valueOf(wh, 'consultations', '2025-S42', 'zone', Z4)).toEqual({ value: 0, numerator: 0, denominator: null, status: 'ok' });
    expect((await valueOf(wh, 'consultations', '2025-10-19', 'region', '76'))?.value).toBe(0);
  });
});
