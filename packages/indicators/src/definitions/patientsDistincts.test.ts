import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertActs, L1, L3, L9, Z1, Z2 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('patients_distincts', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertActs(wh, { date: '2025-09-08', lieu: L1, patient: 1 });
    await insertActs(wh, { date: '2025-09-09', lieu: L3, patient: 1 });
    await insertActs(wh, { date: '2025-09-16', lieu: L1, patient: 1 });
    await insertActs(wh, { date: '2025-09-08', lieu: L1, patient: 2 }, 2);
    await insertActs(wh, { date: '2025-09-08', lieu: L9, patient: 3 });
    await computeForTest(wh, ['patients_distincts'], '2025-10-05');
  });
  afterAll(() => wh.close());

  it('counts distinct pseudonyms per period and territory', async () => {
    expect((await valueOf(wh, 'patients_distincts', '2025-S37', 'zone', Z1))?.value).toBe(2);
    expect((await valueOf(wh, 'patients_distincts', '2025-S37', 'zone', Z2))?.value).toBe(1);
    expect((await valueOf(wh, 'patients_distincts', '2025-S37', 'departement', '01'))?.value).toBe(2);
    expect((await valueOf(wh, 'patients_distincts', '2025-S38', 'zone', Z1))?.value).toBe(1);
    expect((await valueOf(wh, 'patients_distincts', '2025-09', 'national', 'FR'))?.value).toBe(2);
  });

  it('counts a patient once in a cumul, from the first time seen', async () => {
    expect((await valueOf(wh, 'patients_distincts', '2025-09-14', 'zone', Z1))?.value).toBe(2);
    expect((await valueOf(wh, 'patients_distincts', '2025-09-21', 'zone', Z1))?.value).toBe(2);
    expect((await valueOf(wh, 'patients_distincts', '2025-10-05', 'national', 'FR'))?.value).toBe(2);
  });
});
