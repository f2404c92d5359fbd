import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertActs, L1, L3, type ActRow, Z1, Z2, Z4 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('part_visites', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    const acts: [Partial<ActRow>, number][] = [[{ prestation: 'VG' }, 3], [{ prestation: 'VGS' }, 1], [{ prestation: 'G' }, 14], [{ prestation: 'TCG' }, 2]];
    for (const [act, count] of acts) await insertActs(wh, { date: '2025-09-08', lieu: L1, ...act }, count);
    await insertActs(wh, { date: '2025-09-09', lieu: L3 }, 12);
    await computeForTest(wh, ['part_visites'], '2025-10-05');
  });
  afterAll(() => wh.close());

  it('divides the selected acts by all acts of the period', async () => {
    expect(await valueOf(wh, 'part_visites', '2025-S37', 'zone', Z1)).toEqual({ value: 0.2, numerator: 4, denominator: 20, status: 'ok' });
  });

  it('shows 0 where acts exist without the trait, and no data without acts', async () => {
    expect(await valueOf(wh, 'part_visites', '2025-S37', 'zone', Z2)).toMatchObject({ value: 0, numerator: 0, denominator: 12 });
    expect(await valueOf(wh, 'part_visites', '2025-S37', 'zone', Z4)).toMatchObject({ value: null, status: 'sans_donnees' });
  });
});
