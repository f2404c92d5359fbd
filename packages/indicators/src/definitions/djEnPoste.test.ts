import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, Z1, Z2, Z3, Z4 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';
import { insertJuniorSnapshots } from '../testing/insertJuniorSnapshots.js';

describe('dj_en_poste and zones_avec_dj', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertJuniorSnapshots(wh);
    await computeForTest(wh, ['dj_en_poste', 'zones_avec_dj'], '2027-01-03');
  });
  afterAll(() => wh.close());

  it('count 0 before the first semester, and nothing is known before the first snapshot of a région', async () => {
    expect(await valueOf(wh, 'dj_en_poste', '2026-10', 'national', 'FR')).toMatchObject({ value: 0, status: 'ok' });
    expect(await valueOf(wh, 'dj_en_poste', '2026-S48', 'zone', Z1)).toMatchObject({ value: null, status: 'sans_donnees' });
    expect(await valueOf(wh, 'dj_en_poste', '2026-S48', 'national', 'FR')).toMatchObject({ value: null, status: 'sans_donnees' });
  });

  it('read the latest snapshot of each ARS at the period end: en poste only, in zones in scope', async () => {
    // November: A in Z1, B in Z2; C not started, D outside every zone; région 76 has sent nothing yet
    expect(await valueOf(wh, 'dj_en_poste', '2026-11', 'zone', Z1)).toMatchObject({ value: 1, status: 'ok' });
    expect(await valueOf(wh, 'dj_en_poste', '2026-11', 'zone', Z3)).toMatchObject({ value: 0, status: 'ok' });
    expect(await valueOf(wh, 'dj_en_poste', '2026-11', 'region', '84')).toMatchObject({ value: 2, status: 'ok' });
    expect(await valueOf(wh, 'dj_en_poste', '2026-11', 'zone', Z4)).toMatchObject({ value: null, status: 'sans_donnees' });
    expect(await valueOf(wh, 'dj_en_poste', '2026-11', 'national', 'FR')).toMatchObject({ value: 2, status: 'partiel' });
    expect(await valueOf(wh, 'zones_avec_dj', '2026-11', 'departement', '01')).toMatchObject({ value: 2, status: 'ok' });
  });

  it('follow a docteur junior who changes lieu, and drop an interrupted assignment', async () => {
    // December: A moved from Z1 to Z2, B interrupted, C started in Z1, E in Z4
    expect((await valueOf(wh, 'dj_en_poste', '2026-12', 'zone', Z1))?.value).toBe(1);
    expect((await valueOf(wh, 'dj_en_poste', '2026-12', 'zone', Z2))?.value).toBe(1);
    expect(await valueOf(wh, 'dj_en_poste', '2026-12', 'national', 'FR')).toMatchObject({ value: 3, status: 'ok' });
    expect(await valueOf(wh, 'dj_en_poste', '2027-01-03', 'zone', Z4)).toMatchObject({ value: 1, status: 'ok' });
    expect(await valueOf(wh, 'zones_avec_dj', '2026-12', 'national', 'FR')).toMatchObject({ value: 3, status: 'ok' });
    expect(await valueOf(wh, 'zones_avec_dj', '2026-12', 'zone', Z1)).toBeUndefined();
  });
});
