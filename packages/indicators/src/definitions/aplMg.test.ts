import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, Z1, Z2, Z4 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('apl_mg', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await wh.run(`INSERT INTO clean.apl VALUES
      ('01001', 2024, 3.0, 2.5, 5000), ('01002', 2024, 1.0, 0.8, 15000), ('01003', 2024, 2.0, 1.5, 1000),
      ('01009', 2024, 8.0, 7.0, 10000),
      ('01001', 2023, 9.0, 9.0, 5000),
      ('01001', 2026, 9.0, 9.0, 5000)`);
  });
  afterEach(() => wh.close());

  it('weights the under-65 APL (DREES headline, version 2) by standardised population over the zones’ communes, latest year not after the period', async () => {
    await computeForTest(wh, ['apl_mg'], '2025-10-05');
    // 2,5 × 5 000 + 0,8 × 15 000 (all ages would give 3 × 5 000 + 1 × 15 000 = 30 000)
    expect(await valueOf(wh, 'apl_mg', '2025-S37', 'zone', Z1)).toEqual({ value: 1.225, numerator: 24500, denominator: 20000, status: 'ok' });
    expect((await valueOf(wh, 'apl_mg', '2025-S37', 'zone', Z2))?.value).toBe(1.5);
    expect((await valueOf(wh, 'apl_mg', '2025-09', 'departement', '01'))?.value).toBeCloseTo(26000 / 21000, 10);
    expect(await wh.one(`SELECT DISTINCT version FROM indicators.values WHERE indicator_id = 'apl_mg'`)).toEqual({ version: 2 });
    expect(await valueOf(wh, 'apl_mg', '2025-S37', 'zone', Z4)).toMatchObject({ value: null, status: 'sans_donnees' });
  });

  it('has no data when every APL year is after the period', async () => {
    await wh.run(`DELETE FROM clean.apl WHERE annee <= 2025`);
    await computeForTest(wh, ['apl_mg'], '2025-10-05');
    expect(await valueOf(wh, 'apl_mg', '2025-S37', 'zone', Z1)).toMatchObject({ value: null, status: 'sans_donnees' });
  });
});

describe('apl_mg with a zone withdrawn during the period', () => {
  it('describes a zone by its communes, and a département by its zones in scope at the period end', async () => {
    const wh = await createTestWarehouse();
    await wh.run(`UPDATE clean.zones SET date_retrait = DATE '2025-09-10' WHERE code_epci = '${Z2}'`);
    await wh.run(`INSERT INTO clean.apl VALUES ('01001', 2024, 3.0, 2.5, 5000), ('01002', 2024, 1.0, 0.8, 15000), ('01003', 2024, 2.0, 1.5, 1000)`);
    await computeForTest(wh, ['apl_mg'], '2025-10-05');
    expect((await valueOf(wh, 'apl_mg', '2025-S37', 'zone', Z2))?.value).toBe(1.5);
    expect((await valueOf(wh, 'apl_mg', '2025-S37', 'departement', '01'))?.value).toBe(1.225);
    wh.close();
  });
});
