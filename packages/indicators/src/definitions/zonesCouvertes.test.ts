import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertDays, L1, L3, L4, L5, L9, Z2 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('zones_couvertes', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await wh.run(`UPDATE clean.zones SET date_retrait = DATE '2025-10-20' WHERE code_epci = '${Z2}'`);
    await insertDays(wh, [
      { date: '2025-09-08', rpps: 1, lieu: L1 }, // Z1
      { date: '2025-09-20', rpps: 2, lieu: L3, statut: 'PLANIFIEE' }, // Z2, planned only
      { date: '2025-09-21', rpps: 2, lieu: L3, statut: 'ANNULEE' }, // Z2, cancelled
      { date: '2025-10-01', rpps: 3, lieu: L4 }, // Z3 before its designation on 15/10
      { date: '2025-10-20', rpps: 3, lieu: L4 }, // Z3
      { date: '2025-10-30', rpps: 4, lieu: L5, creneau: 'MATIN' }, // Z4, a half day covers
      { date: '2025-10-30', rpps: 5, lieu: L9 }, // outside every zone
    ]);
    await computeForTest(wh, ['zones_couvertes'], '2025-11-02');
  });
  afterEach(() => wh.close());

  it('counts a zone covered through the 28 days ending on the period end, and not the day after', async () => {
    expect((await valueOf(wh, 'zones_couvertes', '2025-S37', 'national', 'FR'))?.value).toBe(1);
    expect((await valueOf(wh, 'zones_couvertes', '2025-S40', 'departement', '01'))?.value).toBe(1); // 08/09 = 05/10 - 27
    expect((await valueOf(wh, 'zones_couvertes', '2025-10-05', 'departement', '01'))?.value).toBe(1);
    expect((await valueOf(wh, 'zones_couvertes', '2025-S41', 'departement', '01'))?.value).toBe(0); // 08/09 < 12/10 - 27
  });

  it('counts only zones in scope at the period end, with activity while in scope', async () => {
    expect((await valueOf(wh, 'zones_couvertes', '2025-S42', 'departement', '03'))?.value).toBe(0);
    expect((await valueOf(wh, 'zones_couvertes', '2025-10', 'national', 'FR'))?.value).toBe(2);
    expect((await valueOf(wh, 'zones_couvertes', '2025-10', 'region', '76'))?.value).toBe(1);
    expect((await valueOf(wh, 'zones_couvertes', '2025-10', 'zone', Z2))).toBeUndefined();
  });
});
