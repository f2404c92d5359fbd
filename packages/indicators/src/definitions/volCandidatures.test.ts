import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { insertVolunteerSnapshots } from '../testing/insertVolunteerSnapshots.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('vol_candidatures', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertVolunteerSnapshots(wh);
    await computeForTest(wh, ['vol_candidatures'], '2025-10-19');
  });
  afterAll(() => wh.close());

  it('counts distinct RPPS in instruction or accepted in the latest snapshot on or before the period end', async () => {
    expect(await valueOf(wh, 'vol_candidatures', '2025-S39', 'region', '84')).toEqual({ value: 2, numerator: 2, denominator: null, status: 'ok' });
    expect((await valueOf(wh, 'vol_candidatures', '2025-S40', 'region', '84'))?.value).toBe(2);
    expect((await valueOf(wh, 'vol_candidatures', '2025-S41', 'region', '84'))?.value).toBe(2);
    expect((await valueOf(wh, 'vol_candidatures', '2025-09-30', 'region', '84'))?.value).toBe(2);
  });

  it('counts an RPPS once nationally, and says when a région has no snapshot yet', async () => {
    expect(await valueOf(wh, 'vol_candidatures', '2025-S39', 'region', '76')).toEqual({ value: null, numerator: null, denominator: null, status: 'sans_donnees' });
    expect(await valueOf(wh, 'vol_candidatures', '2025-S39', 'national', 'FR')).toMatchObject({ value: 2, status: 'partiel' });
    expect(await valueOf(wh, 'vol_candidatures', '2025-S40', 'national', 'FR')).toMatchObject({ value: 3, status: 'ok' });
    expect((await valueOf(wh, 'vol_candidatures', '2025-S41', 'national', 'FR'))?.value).toBe(4);
    expect(await valueOf(wh, 'vol_candidatures', '2025-S38', 'national', 'FR')).toMatchObject({ value: null, status: 'sans_donnees' });
  });

  it('exists only at région and national levels', async () => {
    expect(await valueOf(wh, 'vol_candidatures', '2025-S40', 'departement', '01')).toBeUndefined();
  });
});
