import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { defineIndicator } from '../definitions/indicatorDefinition.js';
import { consultations } from '../definitions/consultations.js';
import { joursRealises } from '../definitions/joursRealises.js';
import { createTestWarehouse, Z1, Z2, Z3, Z4 } from '../testing/createTestWarehouse.js';
import { applySecrecy } from './applySecrecy.js';

const Z5 = '200000005';
const RUN = 'run-secret';

const satisfaction = defineIndicator({
  ...consultations,
  id: 'ratio_test',
  kind: 'ratio',
  denominator: 'réponses',
  secrecy: { numerator: null, denominator: 'patients', rule: 'test' },
});
const definitions = [consultations, joursRealises, satisfaction];

/** Values of one indicator for S37: zones, then département, région and national totals. */
async function insert(wh: Warehouse, id: string, rows: Record<string, number | [number, number]>): Promise<void> {
  for (const [key, v] of Object.entries(rows)) {
    const [level, geo] = key.split(':') as [string, string];
    const [numerator, denominator] = Array.isArray(v) ? v : [v, null];
    await wh.run(
      `INSERT INTO indicators."values" VALUES ($id, 1, 'semaine', '2025-S37', DATE '2025-09-08', DATE '2025-09-14', $level, $geo,
        $value, $num, $den, 'ok', '${RUN}')`,
      { id, level, geo, value: denominator ? numerator / denominator : numerator, num: numerator, den: denominator },
    );
  }
}

async function statuses(wh: Warehouse, id: string): Promise<Record<string, boolean>> {
  const rows = await wh.all<{ key: string; masked: boolean }>(
    `SELECT level || ':' || geo_code AS key, masked FROM secrecy_work WHERE indicator_id = $id ORDER BY key`,
    { id },
  );
  return Object.fromEntries(rows.map((r) => [r.key, r.masked]));
}

/** Totals by département, région and FR from zone counts (zones Z1, Z2, Z5 in 01, Z3 in 03, Z4 in 12). */
function withTotals(zones: Record<string, number>): Record<string, number> {
  const z = (code: string) => zones[code] ?? 0;
  const d01 = z(Z1) + z(Z2) + z(Z5);
  const d03 = z(Z3);
  const d12 = z(Z4);
  const rows: Record<string, number> = {};
  for (const [code, n] of Object.entries(zones)) rows[`zone:${code}`] = n;
  Object.assign(rows, { 'departement:01': d01, 'departement:03': d03, 'departement:12': d12 });
  Object.assign(rows, { 'region:84': d01 + d03, 'region:76': d12, 'national:FR': d01 + d03 + d12 });
  return rows;
}

describe('applySecrecy', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await wh.run(`INSERT INTO ref.epci VALUES ('${Z5}', 'CC Zone Cinq', 7000, '01', '84')`);
  });
  afterEach(() => wh.close());

  it('masks act counts from 1 to 10, shows zero and 11, ignores counts that are not acts or patients', async () => {
    await insert(wh, 'consultations', withTotals({ [Z1]: 10, [Z2]: 0, [Z5]: 11, [Z3]: 1, [Z4]: 25 }));
    await insert(wh, 'jours_realises', { [`zone:${Z1}`]: 3, 'departement:01': 3 });
    await applySecrecy(wh, RUN, definitions);
    const s = await statuses(wh, 'consultations');
    expect(s[`zone:${Z1}`]).toBe(true);
    expect(s[`zone:${Z3}`]).toBe(true);
    expect(s[`zone:${Z2}`]).toBe(false);
    expect(await statuses(wh, 'jours_realises')).toEqual({ 'departement:01': false, [`zone:${Z1}`]: false });
  });

  it('masks the next smallest non-zero child when a single child is masked under a published total', async () => {
    await insert(wh, 'consultations', withTotals({ [Z1]: 5, [Z2]: 0, [Z5]: 40, [Z3]: 30, [Z4]: 25 }));
    await applySecrecy(wh, RUN, definitions);
    const s = await statuses(wh, 'consultations');
    expect(s[`zone:${Z1}`]).toBe(true);
    expect(s[`zone:${Z5}`]).toBe(true);
    expect(s[`zone:${Z2}`]).toBe(false);
    expect(s['departement:01']).toBe(false);
  });

  it('cascades across levels: a masked département hides a sibling, a lone masked child hides its parent', async () => {
    // 03 = 4 (primary) in région 84 → 01 is masked too; 12 = 7 (primary) is the only child of 76 and
    // 76 = 7 is primary; in FR, 76 masked alone → 84 masked.
    await insert(wh, 'consultations', withTotals({ [Z1]: 30, [Z2]: 20, [Z5]: 15, [Z3]: 4, [Z4]: 7 }));
    await applySecrecy(wh, RUN, definitions);
    const s = await statuses(wh, 'consultations');
    expect(s['departement:03']).toBe(true);
    expect(s['departement:01']).toBe(true);
    expect(s['region:76']).toBe(true);
    expect(s['region:84']).toBe(true);
    expect(s['national:FR']).toBe(false);
  });

  it('masks a child whose masked parent equals the sum of published children', async () => {
    // région 84 = 9 (primary, its zone Z1 too); FR = 59 published with 84 masked alone → 76 masked;
    // 76 then equals its only child 12, which must be masked, and 12 equals Z4.
    await insert(wh, 'consultations', withTotals({ [Z1]: 9, [Z4]: 50 }));
    await applySecrecy(wh, RUN, definitions);
    const s = await statuses(wh, 'consultations');
    expect(s['region:84']).toBe(true);
    expect(s['region:76']).toBe(true);
    expect(s['departement:12']).toBe(true);
    expect(s[`zone:${Z4}`]).toBe(true);
  });

  it('masks a ratio whose denominator is a small patient count, and protects it in its parent', async () => {
    await insert(wh, 'ratio_test', { [`zone:${Z1}`]: [20, 5], [`zone:${Z2}`]: [400, 100], [`zone:${Z5}`]: [300, 80], 'departement:01': [720, 185] });
    await applySecrecy(wh, RUN, definitions);
    const s = await statuses(wh, 'ratio_test');
    expect(s).toMatchObject({ [`zone:${Z1}`]: true, [`zone:${Z5}`]: true, [`zone:${Z2}`]: false, 'departement:01': false });
  });

  it('leaves no masked value recoverable from a published parent, on many random cases', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let round = 0; round < 40; round++) {
      await wh.run(`DELETE FROM indicators."values"`);
      const zones: Record<string, number> = {};
      for (const code of [Z1, Z2, Z5, Z3, Z4]) zones[code] = [0, 0, 3, 8, 12, 40, 150][Math.floor(random() * 7)]!;
      await insert(wh, 'consultations', withTotals(zones));
      await applySecrecy(wh, RUN, definitions);
      const leaks = await wh.all(`
        WITH fam AS (
          SELECT parent_level, parent_code, count(*) FILTER (WHERE masked) AS m, count(*) FILTER (WHERE NOT masked) AS o
          FROM secrecy_work WHERE parent_code IS NOT NULL GROUP BY ALL)
        SELECT f.*, p.masked FROM fam f JOIN secrecy_work p ON p.level = f.parent_level AND p.geo_code = f.parent_code
        WHERE (NOT p.masked AND f.m = 1) OR (p.masked AND f.m = 0)`);
      expect(leaks, JSON.stringify(zones)).toEqual([]);
      const primaryShown = await wh.all(`SELECT * FROM secrecy_work WHERE NOT masked AND numerator BETWEEN 1 AND 10`);
      expect(primaryShown).toEqual([]);
    }
  });
});
