import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertDays, L1, L3, Z1, Z2 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('indemnites_eur', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await insertDays(wh, [
      { date: '2025-09-30', rpps: 1, lieu: L1 },
      { date: '2025-10-01', rpps: 1, lieu: L1, creneau: 'MATIN' },
      { date: '2025-10-02', rpps: 2, lieu: L1 },
      { date: '2025-10-02', rpps: 3, lieu: L3, statut: 'ANNULEE' },
    ]);
  });
  afterEach(() => wh.close());

  it('prices each realised unit at the rate in force on its day', async () => {
    await wh.run(`INSERT INTO ref.parametres VALUES ('indemnite_journaliere', DATE '2025-10-01', 250), ('autre_parametre', DATE '2025-09-01', 1)`);
    await computeForTest(wh, ['indemnites_eur'], '2025-10-05');
    expect(await valueOf(wh, 'indemnites_eur', '2025-S40', 'zone', Z1)).toEqual({ value: 575, numerator: 575, denominator: null, status: 'ok' });
    expect((await valueOf(wh, 'indemnites_eur', '2025-09', 'zone', Z1))?.value).toBe(200);
    expect((await valueOf(wh, 'indemnites_eur', '2025-10', 'national', 'FR'))?.value).toBe(375);
    expect((await valueOf(wh, 'indemnites_eur', '2025-S40', 'zone', Z2))?.value).toBe(0);
  });

  it('falls back to 200 € from 01/09/2025 without a declared parameter', async () => {
    await wh.run(`DELETE FROM ref.parametres`);
    await computeForTest(wh, ['indemnites_eur'], '2025-10-05');
    expect((await valueOf(wh, 'indemnites_eur', '2025-S40', 'zone', Z1))?.value).toBe(500);
  });
});
