import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, rpps, Z1, Z2, Z3, Z4 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';
import { insertJuniorSnapshots, MSU } from '../testing/insertJuniorSnapshots.js';

describe('zones_avec_dj', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await insertJuniorSnapshots(wh);
    // a second docteur junior en poste in Z2 on 31/12/2026, beside A: two juniors, one zone
    await wh.run(
      `INSERT INTO clean.docteurs_juniors VALUES ('84', DATE '2026-12-31', $dj, '2026-11', DATE '2026-11-03', NULL, '10000000000001', '01003', $z2, $msu, 'AUCUN', 'EN_POSTE', 220)`,
      { dj: rpps(56), z2: Z2, msu: MSU.M1 },
    );
    await wh.run(`UPDATE clean.docteurs_juniors_instantanes SET lignes = lignes + 1 WHERE code_region = '84' AND extract_date = DATE '2026-12-31'`);
    await computeForTest(wh, ['dj_en_poste', 'zones_avec_dj'], '2027-01-03');
  });
  afterAll(() => wh.close());

  it('counts zones, not docteurs juniors: two in one zone make one zone', async () => {
    // December: A and the new junior in Z2, C in Z1 (région 84); E in Z4 (région 76)
    expect((await valueOf(wh, 'dj_en_poste', '2026-12', 'zone', Z2))?.value).toBe(2);
    expect(await valueOf(wh, 'dj_en_poste', '2026-12', 'national', 'FR')).toMatchObject({ value: 4, status: 'ok' });
    expect(await valueOf(wh, 'zones_avec_dj', '2026-12', 'departement', '01')).toMatchObject({ value: 2, status: 'ok' });
    expect(await valueOf(wh, 'zones_avec_dj', '2026-12', 'national', 'FR')).toMatchObject({ value: 3, status: 'ok' });
  });

  it('counts a zone only while a junior is en poste there at the period end (not affecté, not outside the zones)', async () => {
    // November: A en poste in Z1, B in Z2; C only affecté in Z1, D outside every zone; Z3 none
    expect(await valueOf(wh, 'zones_avec_dj', '2026-11', 'departement', '01')).toMatchObject({ value: 2, status: 'ok' });
    expect((await valueOf(wh, 'dj_en_poste', '2026-11', 'zone', Z3))?.value).toBe(0);
    expect((await valueOf(wh, 'zones_avec_dj', '2026-10', 'national', 'FR'))?.value).toBe(0);
  });

  it('is published for départements, régions and France, never per zone', async () => {
    for (const zone of [Z1, Z2, Z4]) expect(await valueOf(wh, 'zones_avec_dj', '2026-12', 'zone', zone)).toBeUndefined();
  });
});
