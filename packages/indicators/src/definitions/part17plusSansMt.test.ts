import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, Z1, Z2 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('part_17plus_sans_mt', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    const row = (commune: string, quarter: string, all: number, without: number | null) =>
      `('${commune}', '${quarter}', ${all}, ${without ?? 'NULL'}, 100, 10, false, ${without === null}, false, false)`;
    await wh.run(`INSERT INTO clean.patientele VALUES
      ${row('01001', '2025T3', 2000, 200)}, ${row('01002', '2025T3', 1000, null)}, ${row('01003', '2025T3', 500, 50)},
      ${row('01001', '2025T4', 3000, 600)}, ${row('01002', '2025T4', 3000, 300)}, ${row('01003', '2025T4', 500, 100)},
      ${row('01001', '2026T1', 9999, 9999)}`);
    await computeForTest(wh, ['part_17plus_sans_mt'], '2025-11-02');
  });
  afterAll(() => wh.close());

  it('leaves each masked cell out of its own sum and flags the value as partial', async () => {
    expect(await valueOf(wh, 'part_17plus_sans_mt', '2025-S37', 'zone', Z1)).toEqual({ value: 200 / 3000, numerator: 200, denominator: 3000, status: 'partiel' });
    expect(await valueOf(wh, 'part_17plus_sans_mt', '2025-S37', 'zone', Z2)).toEqual({ value: 0.1, numerator: 50, denominator: 500, status: 'ok' });
    expect(await valueOf(wh, 'part_17plus_sans_mt', '2025-S37', 'departement', '01')).toMatchObject({ numerator: 250, denominator: 3500, status: 'partiel' });
  });

  it('uses the latest quarter begun by the period end', async () => {
    expect(await valueOf(wh, 'part_17plus_sans_mt', '2025-S40', 'zone', Z1)).toEqual({ value: 0.15, numerator: 900, denominator: 6000, status: 'ok' });
    expect((await valueOf(wh, 'part_17plus_sans_mt', '2025-10', 'zone', Z1))?.value).toBe(0.15);
    expect((await valueOf(wh, 'part_17plus_sans_mt', '2025-09', 'zone', Z1))?.value).toBe(200 / 3000);
  });
});
