import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { insertVolunteerSnapshots } from '../testing/insertVolunteerSnapshots.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';
import { insertLedgerFile } from '../testing/insertLedgerFile.js';

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

describe('vol_candidatures with an export that holds no dossier', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertVolunteerSnapshots(wh); // 84 on 28/09 and 12/10, 76 on 05/10
    const file = { sourceId: 'ars.volontaires', status: 'charge' } as const;
    // 76 sends a header-only export on 28/09, before its first dossiers; the same bytes come again
    // from 84 on 19/10 (a doublon: every dossier of 84 is gone)
    await insertLedgerFile(wh, { ...file, fileId: 'vide', path: 'ars/volontaires_76_20250928.csv', extractDate: '2025-09-28', scope: '76', rowsRead: 0 });
    await insertLedgerFile(wh, { ...file, fileId: 'vide', path: 'ars/volontaires_84_20251019.csv', extractDate: '2025-10-19', scope: '84', status: 'doublon' });
    // 76 on 12/10: every line rejected, so not a snapshot (05/10 stays in force)
    await insertLedgerFile(wh, { ...file, fileId: 'rejets', path: 'ars/volontaires_76_20251012.csv', extractDate: '2025-10-12', scope: '76', status: 'charge_avec_rejets', rowsRead: 3, rowsLoaded: 0 });
    // a later, empty export of a région outside the period does not count yet
    await insertLedgerFile(wh, { ...file, fileId: 'vide-tard', path: 'ars/volontaires_76_20251026.csv', extractDate: '2025-10-26', scope: '76', rowsRead: 0 });
    await computeForTest(wh, ['vol_candidatures', 'vol_acceptes'], '2025-10-19');
  });
  afterAll(() => wh.close());

  it('counts 0 for a région whose latest snapshot is empty, and France is then complete', async () => {
    expect(await valueOf(wh, 'vol_candidatures', '2025-S39', 'region', '76')).toEqual({ value: 0, numerator: 0, denominator: null, status: 'ok' });
    expect(await valueOf(wh, 'vol_acceptes', '2025-S39', 'region', '76')).toEqual({ value: 0, numerator: 0, denominator: null, status: 'ok' });
    expect(await valueOf(wh, 'vol_candidatures', '2025-S39', 'national', 'FR')).toMatchObject({ value: 2, status: 'ok' });
    expect(await valueOf(wh, 'vol_candidatures', '2025-09', 'national', 'FR')).toMatchObject({ value: 2, status: 'ok' });
  });

  it('lets an empty snapshot, even a doublon of an empty file, replace the previous one', async () => {
    expect((await valueOf(wh, 'vol_candidatures', '2025-S41', 'region', '84'))?.value).toBe(2);
    expect(await valueOf(wh, 'vol_candidatures', '2025-S42', 'region', '84')).toMatchObject({ value: 0, status: 'ok' });
    expect(await valueOf(wh, 'vol_acceptes', '2025-S42', 'region', '84')).toMatchObject({ value: 0, status: 'ok' });
    expect(await valueOf(wh, 'vol_candidatures', '2025-S42', 'national', 'FR')).toMatchObject({ value: 2, status: 'ok' });
  });

  it('keeps the previous snapshot when every line of an export was rejected', async () => {
    expect((await valueOf(wh, 'vol_candidatures', '2025-S41', 'region', '76'))?.value).toBe(2);
    expect((await valueOf(wh, 'vol_acceptes', '2025-S42', 'region', '76'))?.value).toBe(1);
  });
});
