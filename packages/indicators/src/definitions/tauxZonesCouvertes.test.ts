import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { insertCoverageDays } from '../testing/insertCoverageDays.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('taux_zones_couvertes', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await insertCoverageDays(wh);
    await computeForTest(wh, ['zones_couvertes', 'taux_zones_couvertes'], '2025-11-02');
  });
  afterEach(() => wh.close());

  it('divides by the zones in scope at the period end (a zone designated late, a zone withdrawn)', async () => {
    expect(await valueOf(wh, 'taux_zones_couvertes', '2025-S37', 'national', 'FR')).toMatchObject({ numerator: 1, denominator: 3 });
    expect((await valueOf(wh, 'taux_zones_couvertes', '2025-S37', 'national', 'FR'))?.value).toBeCloseTo(1 / 3, 10);
    expect(await valueOf(wh, 'taux_zones_couvertes', '2025-10', 'national', 'FR')).toEqual({ value: 2 / 3, numerator: 2, denominator: 3, status: 'ok' });
    expect(await valueOf(wh, 'taux_zones_couvertes', '2025-10', 'departement', '01')).toEqual({ value: 0, numerator: 0, denominator: 1, status: 'ok' });
    expect(await valueOf(wh, 'taux_zones_couvertes', '2025-S42', 'departement', '03')).toMatchObject({ value: 0, denominator: 1 });
    expect(await valueOf(wh, 'taux_zones_couvertes', '2025-10-31', 'region', '84')).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('has no denominator for a territory whose only zone left the scope during the period', async () => {
    await wh.run(`UPDATE clean.zones SET date_retrait = DATE '2025-10-29' WHERE code_epci = '200000004'`);
    await computeForTest(wh, ['taux_zones_couvertes'], '2025-11-02');
    expect(await valueOf(wh, 'taux_zones_couvertes', '2025-S44', 'region', '76')).toEqual({ value: null, numerator: 0, denominator: 0, status: 'sans_donnees' });
  });
});
