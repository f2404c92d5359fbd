import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWarehouse, type Warehouse } from '@vigie/etl';
import { loadSecrecyCells, reloadSecrecyCounts, type CountRule } from './loadSecrecyCells.js';

const RULES: CountRule[] = [
  { indicatorId: 'nb_actes', numerator: 'actes', denominator: null },
  { indicatorId: 'part_sans_mt', numerator: 'actes_sans_mt', denominator: 'actes' },
];
const ANCESTORS = `(SELECT * FROM (VALUES ('zone:Z1', 'departement:01'), ('zone:Z2', 'departement:01')) AS a(zone, ancestor))`;

/** rows(id, indicator, period, level, code, numerator, denominator, masked): two weeks, two zones and their département. */
const ROWS = `
  CREATE TABLE rows AS SELECT id, indicator_id, 'semaine' AS period_type, CAST(s AS DATE) AS period_start, CAST(s AS DATE) + 6 AS period_end,
         level, geo_code, numerator, denominator, masked
  FROM (VALUES
    (1, 'nb_actes', '2025-09-01', 'zone', 'Z1', 4, NULL, false), (2, 'nb_actes', '2025-09-01', 'zone', 'Z2', 30, NULL, false),
    (3, 'nb_actes', '2025-09-01', 'departement', '01', 34, NULL, false), (4, 'nb_actes', '2025-09-08', 'zone', 'Z1', 12, NULL, false),
    (5, 'part_sans_mt', '2025-09-01', 'zone', 'Z1', 2, 4, false), (6, 'part_sans_mt', '2025-09-01', 'zone', 'Z2', 11, 30, false),
    (7, 'part_sans_mt', '2025-09-08', 'zone', 'Z1', NULL, 12, false)
  ) AS v(id, indicator_id, s, level, geo_code, numerator, denominator, masked)`;

const decision = `(SELECT id, indicator_id, period_type, period_start, period_end, level, geo_code, numerator, denominator, false AS secret FROM rows)`;
const published = `(SELECT id, indicator_id, period_type, period_start, period_end, level, geo_code,
  CASE WHEN masked THEN NULL ELSE numerator END AS numerator, CASE WHEN masked THEN NULL ELSE denominator END AS denominator, masked AS secret FROM rows)`;

describe('reloadSecrecyCounts', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await openWarehouse(':memory:');
    await wh.run(ROWS);
  });
  afterEach(() => wh.close());

  it('gives, after masks, the cells a fresh load gives: same cells, counts, shown and hidden', async () => {
    await wh.run('UPDATE rows SET masked = true WHERE id IN (1, 2, 5)');
    const fresh = await loadSecrecyCells(wh, published, ANCESTORS, RULES);
    const first = await loadSecrecyCells(wh, decision, ANCESTORS, RULES);
    const again = await reloadSecrecyCounts(wh, published, RULES, first.cells);
    expect(again).toEqual(fresh);
    // actes of Z1 in the week of 01/09: masked by rows 1 and 5 (its count then unknown), shown by no row
    const cell = fresh.cells.geo.findIndex((g, i) => g === 'zone:Z1' && fresh.cells.group[i] === 'actes' && fresh.cells.to[i] === '2025-09-07');
    expect([fresh.cells.count[cell], fresh.shown[cell], fresh.hidden[cell]]).toEqual([null, false, true]);
    // actes of Z2 that week: row 2 masked, row 6 still shows 30
    const z2 = fresh.cells.geo.findIndex((g, i) => g === 'zone:Z2' && fresh.cells.group[i] === 'actes' && fresh.cells.to[i] === '2025-09-07');
    expect([fresh.cells.count[z2], fresh.shown[z2], fresh.hidden[z2]]).toEqual([30, true, true]);
  });

  it('says to load afresh when a masked row hides a count the first load did not see (a NULL count)', async () => {
    const first = await loadSecrecyCells(wh, decision, ANCESTORS, RULES);
    await wh.run('UPDATE rows SET masked = true WHERE id = 7');
    expect(await reloadSecrecyCounts(wh, published, RULES, first.cells)).toBeUndefined();
  });
});

describe('loadSecrecyCells', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await openWarehouse(':memory:');
  });
  afterEach(() => wh.close());

  it('makes one cell of the periods that give a count the same time span, numbered in the order of (count, level, territory, from, to)', async () => {
    await wh.run(`
      CREATE TABLE rows AS SELECT id, indicator_id, period_type, CAST(s AS DATE) AS period_start, CAST(e AS DATE) AS period_end,
             'zone' AS level, geo_code, numerator, NULL::BIGINT AS denominator, false AS secret
      FROM (VALUES
        (1, 'reponses', 'semaine', '2025-09-08', '2025-09-14', 'Z2', 40), (2, 'reponses', 'semaine', '2025-09-15', '2025-09-21', 'Z2', 40),
        (3, 'reponses', 'mois', '2025-09-01', '2025-09-30', 'Z2', 40), (4, 'reponses', 'semaine', '2025-09-29', '2025-10-05', 'Z2', 55),
        (5, 'patients', 'semaine', '2025-09-08', '2025-09-14', 'Z1', 300), (6, 'patients', 'cumul', '2025-09-01', '2025-09-14', 'Z1', 300),
        (7, 'actes', 'cumul', '2025-09-01', '2025-09-14', 'Z1', 8), (8, 'actes', 'semaine', '2025-09-08', '2025-09-14', 'Z1', 5),
        (9, 'actes', 'semaine', '2025-09-08', '2025-09-14', 'A0', 5), (10, 'actes', 'mois', '2025-09-01', '2025-09-30', 'Z1', 20)
      ) AS v(id, indicator_id, period_type, s, e, geo_code, numerator)`);
    const rules: CountRule[] = [
      { indicatorId: 'reponses', numerator: 'reponses_satisfaction', denominator: null },
      { indicatorId: 'patients', numerator: 'patients_17plus', denominator: null },
      { indicatorId: 'actes', numerator: 'actes', denominator: null },
    ];
    const { cells } = await loadSecrecyCells(wh, 'rows', ANCESTORS, rules);
    const keys = cells.group.map((g, i) => [g, cells.level[i], cells.geo[i], cells.from[i], cells.to[i]].join(' '));
    expect(keys).toEqual([
      'actes zone zone:A0 2025-09-07 2025-09-14',
      'actes zone zone:Z1 2025-08-31 2025-09-14',
      'actes zone zone:Z1 2025-08-31 2025-09-30',
      'actes zone zone:Z1 2025-09-07 2025-09-14',
      // a constant stock: one count for every period of a territory
      'patients_17plus zone zone:Z1 0 1',
      // counted per month: the weeks and the month of September one span, the week across two months another
      'reponses_satisfaction zone zone:Z2 2025-08 2025-09',
      'reponses_satisfaction zone zone:Z2 2025-08 2025-10',
    ]);
    expect(cells.count).toEqual([5, 8, 20, 5, 300, 40, 55]);
    const refs = await wh.all<{ id: number; cell: number }>('SELECT id, cell FROM secrecy_ref_cells ORDER BY id');
    expect(refs.map((r) => r.cell)).toEqual([5, 5, 5, 6, 4, 4, 1, 3, 0, 2]);
  });
});
