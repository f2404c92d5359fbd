import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertDays, L1, L2, L3, L4, L9, Z1, Z2, Z3, Z4 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('jours_realises', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await insertDays(wh, [
      { date: '2025-09-08', rpps: 1, lieu: L1 }, // S37, Z1: 1
      { date: '2025-09-09', rpps: 1, lieu: L2, creneau: 'MATIN' }, // S37, Z1: ½
      { date: '2025-09-09', rpps: 2, lieu: L2, creneau: 'APRES_MIDI' }, // S37, Z1: ½
      { date: '2025-09-10', rpps: 2, lieu: L3, statut: 'ANNULEE' }, // not realised
      { date: '2025-09-11', rpps: 2, lieu: L3, statut: 'PLANIFIEE' }, // not realised
      { date: '2025-09-12', rpps: 3, lieu: L9 }, // outside every zone
      { date: '2025-10-01', rpps: 3, lieu: L4 }, // Z3 before its designation (15/10): not counted
      { date: '2025-10-16', rpps: 3, lieu: L4, creneau: 'MATIN' }, // Z3 in scope: ½, S42
      { date: '2025-10-31', rpps: 1, lieu: L3 }, // Z2, S44, October
      { date: '2025-11-01', rpps: 1, lieu: L3 }, // Z2, S44, November
      { date: '2025-08-30', rpps: 1, lieu: L1 }, // before the launch
      { date: '2025-11-03', rpps: 1, lieu: L1 }, // after as_of
    ]);
    await computeForTest(wh, ['jours_realises'], '2025-11-02');
  });
  afterEach(() => wh.close());

  it('sums realised units, half days included, by week', async () => {
    expect((await valueOf(wh, 'jours_realises', '2025-S37', 'zone', Z1))?.value).toBe(2);
    expect((await valueOf(wh, 'jours_realises', '2025-S37', 'departement', '01'))?.value).toBe(2);
    expect((await valueOf(wh, 'jours_realises', '2025-S37', 'national', 'FR'))?.value).toBe(2);
  });

  it('gives 0 to a zone in scope without activity, and no row before a zone is designated', async () => {
    expect(await valueOf(wh, 'jours_realises', '2025-S37', 'zone', Z2)).toEqual({ value: 0, numerator: 0, denominator: null, status: 'ok' });
    expect(await valueOf(wh, 'jours_realises', '2025-S37', 'zone', Z4)).toMatchObject({ value: 0 });
    expect(await valueOf(wh, 'jours_realises', '2025-S37', 'zone', Z3)).toBeUndefined();
    expect(await valueOf(wh, 'jours_realises', '2025-S37', 'departement', '03')).toBeUndefined();
    expect(await valueOf(wh, 'jours_realises', '2025-S42', 'zone', Z3)).toMatchObject({ value: 0.5 });
  });

  it('does not count days before the designation, before the launch, after as_of or outside zones', async () => {
    expect((await valueOf(wh, 'jours_realises', '2025-10', 'zone', Z3))?.value).toBe(0.5);
    expect((await valueOf(wh, 'jours_realises', '2025-09', 'national', 'FR'))?.value).toBe(2);
    expect((await valueOf(wh, 'jours_realises', '2025-11', 'zone', Z1))?.value).toBe(0);
  });

  it('splits a week across months and cumulates since the launch', async () => {
    expect((await valueOf(wh, 'jours_realises', '2025-S44', 'zone', Z2))?.value).toBe(2);
    expect((await valueOf(wh, 'jours_realises', '2025-10', 'zone', Z2))?.value).toBe(1);
    expect((await valueOf(wh, 'jours_realises', '2025-11', 'zone', Z2))?.value).toBe(1);
    expect((await valueOf(wh, 'jours_realises', '2025-10-31', 'national', 'FR'))?.value).toBe(3.5);
    expect((await valueOf(wh, 'jours_realises', '2025-11-02', 'national', 'FR'))?.value).toBe(4.5);
    expect((await valueOf(wh, 'jours_realises', '2025-11-02', 'region', '84'))?.value).toBe(4.5);
    expect((await valueOf(wh, 'jours_realises', '2025-11-02', 'region', '76'))?.value).toBe(0);
  });
});
