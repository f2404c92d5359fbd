import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { computeForTest, valueOf } from './computeForTest.js';
import { createTestWarehouse, insertActs, L1, L3, type ActRow, Z1, Z2, Z4 } from './createTestWarehouse.js';

/** Acts of one kind and how many of them. */
export type ActCounts = readonly (readonly [Partial<ActRow>, number])[];

/**
 * The test of a share of acts (definitions/actShare.ts), on hand-made acts of week 2025-S37: zone
 * Z1 has `acts` (the selected ones and the others), Z2 12 acts without the trait, Z4 none. The share
 * of Z1 is `expected`, worked out by hand from `acts`; Z2's is 0 (the row exists), Z4 has no data.
 */
export function describeActShare(id: string, acts: ActCounts, expected: { numerator: number; denominator: number; value: number }): void {
  describe(id, () => {
    let wh: Warehouse;
    beforeAll(async () => {
      wh = await createTestWarehouse();
      for (const [act, count] of acts) await insertActs(wh, { date: '2025-09-08', lieu: L1, ...act }, count);
      await insertActs(wh, { date: '2025-09-09', lieu: L3 }, 12);
      await computeForTest(wh, [id], '2025-10-05');
    });
    afterAll(() => wh.close());

    it('divides the selected acts by all acts of the period', async () => {
      expect(await valueOf(wh, id, '2025-S37', 'zone', Z1)).toEqual({ ...expected, status: 'ok' });
    });

    it('shows 0 where acts exist without the trait, and no data without acts', async () => {
      expect(await valueOf(wh, id, '2025-S37', 'zone', Z2)).toMatchObject({ value: 0, numerator: 0, denominator: 12 });
      expect(await valueOf(wh, id, '2025-S37', 'zone', Z4)).toMatchObject({ value: null, status: 'sans_donnees' });
    });
  });
}
