import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, Z2 } from '../testing/createTestWarehouse.js';
import { insertCoverageDays } from '../testing/insertCoverageDays.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('zones_couvertes', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await insertCoverageDays(wh);
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
