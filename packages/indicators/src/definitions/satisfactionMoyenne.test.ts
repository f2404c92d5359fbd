import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, L1, L2, L3, L4, L9, Z1, Z2 } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

describe('satisfaction_moyenne', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await wh.run(`INSERT INTO clean.satisfaction (siret_lieu, mois, nb_reponses, note_moyenne, part_recommande) VALUES
      ('${L1}', '2025-09', 10, 4.0, 0.9), ('${L2}', '2025-09', 30, 3.0, 0.5),
      ('${L3}', '2025-10', 20, 5.0, 1.0),
      ('${L4}', '2025-09', 50, 1.0, 0.1), ('${L4}', '2025-10', 10, 2.0, 0.2),
      ('${L9}', '2025-09', 40, 1.0, 0.0)`);
    await computeForTest(wh, ['satisfaction_moyenne'], '2025-10-19');
  });
  afterAll(() => wh.close());

  it('weights each lieu’s mean mark by its number of answers', async () => {
    expect(await valueOf(wh, 'satisfaction_moyenne', '2025-09', 'zone', Z1)).toEqual({ value: 3.25, numerator: 130, denominator: 40, status: 'ok' });
    expect((await valueOf(wh, 'satisfaction_moyenne', '2025-09', 'national', 'FR'))?.value).toBe(3.25);
    expect((await valueOf(wh, 'satisfaction_moyenne', '2025-10', 'national', 'FR'))?.value).toBe(4);
  });

  it('counts the months a period overlaps, for zones in scope during the period', async () => {
    expect((await valueOf(wh, 'satisfaction_moyenne', '2025-S40', 'national', 'FR'))?.value).toBeCloseTo(230 / 60, 10);
    expect((await valueOf(wh, 'satisfaction_moyenne', '2025-10-19', 'national', 'FR'))?.value).toBeCloseTo(250 / 70, 10);
    expect(await valueOf(wh, 'satisfaction_moyenne', '2025-09', 'zone', Z2)).toMatchObject({ value: null, status: 'sans_donnees' });
  });
});
