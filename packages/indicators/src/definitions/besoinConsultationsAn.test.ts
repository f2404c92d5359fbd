import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, Z1, Z2, Z3, Z4 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';
import { insertNeedApl } from '../testing/insertNeedApl.js';

// APL of the need fixture: see insertNeedApl (Z1 7 500, Z2 0, Z4 2 000 and a commune without APL).

describe('besoin_consultations_an', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await insertNeedApl(wh);
  });
  afterEach(() => wh.close());

  it('sums population × (threshold − under-65 APL) over the communes, latest year not after the period; 0 above the threshold', async () => {
    await computeForTest(wh, ['besoin_consultations_an'], '2025-10-05');
    expect(await valueOf(wh, 'besoin_consultations_an', '2025-S37', 'zone', Z1)).toEqual({ value: 7500, numerator: 7500, denominator: null, status: 'ok' });
    expect(await valueOf(wh, 'besoin_consultations_an', '2025-S37', 'zone', Z2)).toMatchObject({ value: 0, status: 'ok' });
    expect(await valueOf(wh, 'besoin_consultations_an', '2025-09', 'departement', '01')).toMatchObject({ value: 7500, status: 'ok' });
    // Z3 is designated on 15/10/2025: not yet in scope
    expect(await valueOf(wh, 'besoin_consultations_an', '2025-S37', 'zone', Z3)).toBeUndefined();
  });

  it('counts 0 for a commune without APL that year and makes the status partiel, up to France', async () => {
    await computeForTest(wh, ['besoin_consultations_an'], '2025-10-05');
    expect(await valueOf(wh, 'besoin_consultations_an', '2025-S37', 'zone', Z4)).toMatchObject({ value: 2000, status: 'partiel' });
    expect(await valueOf(wh, 'besoin_consultations_an', '2025-S37', 'region', '84')).toMatchObject({ value: 7500, status: 'ok' });
    expect(await valueOf(wh, 'besoin_consultations_an', '2025-S37', 'national', 'FR')).toMatchObject({ value: 9500, status: 'partiel' });
  });

  it('reads the threshold in force at the period end (a dated parameter)', async () => {
    await wh.run(`INSERT INTO ref.parametres VALUES ('seuil_apl_sous_dotation', DATE '2025-09-01', 2.5), ('seuil_apl_sous_dotation', DATE '2025-10-01', 3.0)`);
    await computeForTest(wh, ['besoin_consultations_an'], '2025-10-05');
    expect((await valueOf(wh, 'besoin_consultations_an', '2025-09', 'zone', Z1))?.value).toBe(7500);
    // 5 000 × 1 + 5 000 × 1,5
    expect((await valueOf(wh, 'besoin_consultations_an', '2025-10', 'zone', Z1))?.value).toBe(12500);
  });

  it('has no data when every APL year is after the period', async () => {
    await wh.run(`DELETE FROM clean.apl WHERE annee <= 2025`);
    await computeForTest(wh, ['besoin_consultations_an'], '2025-10-05');
    expect(await valueOf(wh, 'besoin_consultations_an', '2025-S37', 'zone', Z1)).toMatchObject({ value: null, status: 'sans_donnees' });
  });
});
