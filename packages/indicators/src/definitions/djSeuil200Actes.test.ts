import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';
import { insertJuniorSnapshots } from '../testing/insertJuniorSnapshots.js';

describe('dj_seuil_200_actes', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertJuniorSnapshots(wh);
    await computeForTest(wh, ['dj_seuil_200_actes'], '2027-01-03');
  });
  afterAll(() => wh.close());

  it('is the share with at least 200 acts among those en poste whose acts are known', async () => {
    // November, région 84: A 250, B 150 (D is outside every zone)
    expect(await valueOf(wh, 'dj_seuil_200_actes', '2026-11', 'region', '84')).toMatchObject({ value: 0.5, numerator: 1, denominator: 2, status: 'ok' });
    // December: A 210, C unknown (left out); région 76: E 190
    expect(await valueOf(wh, 'dj_seuil_200_actes', '2026-12', 'region', '84')).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(await valueOf(wh, 'dj_seuil_200_actes', '2026-12', 'region', '76')).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(await valueOf(wh, 'dj_seuil_200_actes', '2026-12', 'national', 'FR')).toMatchObject({ value: 0.5, status: 'ok' });
    expect(await valueOf(wh, 'dj_seuil_200_actes', '2026-12', 'zone', '200000001')).toBeUndefined();
  });

  it('has no data without any docteur junior en poste', async () => {
    expect(await valueOf(wh, 'dj_seuil_200_actes', '2026-10', 'national', 'FR')).toMatchObject({ value: null, status: 'sans_donnees' });
  });
});
