import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, OUTSIDE, Z1, Z2, Z3, Z4 } from '../testing/createTestWarehouse.js';
import { createPreparedTables } from '../compute/createPreparedTables.js';
import { distinctCountSql } from './distinctCountSql.js';

/**
 * The fast form (integer keys, zone counts added up for members of one zone) against the plain
 * definition: distinct members seen on a day of the period in a zone of the territory.
 */
const PLAIN_SQL = `
SELECT p.period_type, p.period, g.level, g.geo_code, count(DISTINCT m.member) AS numerator
FROM drawn_members m
JOIN zone_geo g USING (code_epci)
JOIN periods p ON m.day BETWEEN p.period_start AND p.period_end
GROUP BY ALL`;

type Row = { period_type: string; period: string; level: string; geo_code: string; numerator: number };

async function rows(wh: Warehouse, sql: string): Promise<Row[]> {
  return wh.all<Row>(`SELECT period_type, period, level, geo_code, CAST(numerator AS DOUBLE) AS numerator FROM (${sql}) WHERE numerator > 0 ORDER BY ALL`);
}

describe('distinctCountSql', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await createPreparedTables(wh, '2025-11-30');
    // 3 000 deterministic draws over 13 weeks: "p" members always in the same zone (the EPCI outside
    // any zone included), "v" members anywhere, a few without a member.
    await wh.run(`
      CREATE TEMP TABLE drawn_members AS
      WITH draws AS (
        SELECT i, DATE '2025-09-01' + CAST(hash(i, 'jour') % 91 AS INTEGER) AS day,
               hash(i, 'membre') % 10 < 7 AS one_zone, CAST(hash(i, 'qui') % 400 AS INTEGER) AS who
        FROM range(3000) t(i)
      )
      SELECT day,
             ['${Z1}', '${Z2}', '${Z3}', '${Z4}', '${OUTSIDE}'][1 + CAST(hash(CASE WHEN one_zone THEN who ELSE i END, 'zone') % 5 AS INTEGER)] AS code_epci,
             CASE WHEN i % 97 = 0 THEN NULL WHEN one_zone THEN 'p' || who ELSE 'v' || (who % 60) END AS member
      FROM draws`);
  });
  afterAll(() => wh.close());

  it('gives the plain count of distinct members for every week, month, cumul and territory', async () => {
    const plain = await rows(wh, PLAIN_SQL);
    const fast = await rows(wh, distinctCountSql('membres tirés', 'SELECT day, code_epci, member FROM drawn_members'));
    expect(plain.length).toBeGreaterThan(300);
    expect(new Set(plain.map((r) => r.period_type))).toEqual(new Set(['semaine', 'mois', 'cumul']));
    expect(fast).toEqual(plain);
  });

  it('counts a member seen in two zones of a département once there, and once in each zone', async () => {
    await wh.run(`CREATE OR REPLACE TEMP TABLE two_zones AS
      SELECT * FROM (VALUES (DATE '2025-09-08', '${Z1}', 'a'), (DATE '2025-09-09', '${Z2}', 'a'), (DATE '2025-09-09', '${Z2}', 'b')) t(day, code_epci, member)`);
    const fast = await rows(wh, distinctCountSql('deux zones', 'SELECT day, code_epci, member FROM two_zones'));
    const at = (period: string, level: string, geo: string): number | undefined =>
      fast.find((r) => r.period === period && r.level === level && r.geo_code === geo)?.numerator;
    expect([at('2025-S37', 'zone', Z1), at('2025-S37', 'zone', Z2), at('2025-S37', 'departement', '01'), at('2025-09-14', 'national', 'FR')]).toEqual([1, 2, 2, 2]);
  });
});
