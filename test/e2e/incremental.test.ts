import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, type DemoFile } from '@vigie/etl';
import { demoInbox } from '../support/demoInbox.js';
import { runVigieOk } from '../support/runVigie.js';

/**
 * Issue #14: a weekly run computes only the periods the new files touch. A demo inbox dropped in
 * two batches (everything until 07/12/2025, then the acts and days of the week of 08/12/2025)
 * and computed after each gives, on the second computation (an increment), the same
 * indicators.values as a full computation of every file at once in another warehouse.
 */

const UNTIL = '2025-12-21';
const FIRST = '2025-12-07';
const SECOND = '2025-12-14';
const SECOND_WEEK = /2025-S50|2025120[89]|2025121[0-4]/;
const LAST_WEEK = /2025-S51|2025121[5-9]|2025122[01]/;

function place(root: string, inbox: string, files: readonly DemoFile[]): void {
  for (const f of files) {
    mkdirSync(dirname(join(inbox, f.path)), { recursive: true });
    cpSync(join(root, f.path), join(inbox, f.path));
  }
}

/**
 * The last computation's values of two warehouses, matched by indicator, version, period and
 * territory: rows on one side only, and rows whose status or numbers differ (numbers beyond a
 * relative 1e-9: DuckDB's parallel sums of doubles may differ in the last bits from one run to
 * the next, increment or not). Run ids left out.
 */
async function differences(a: string, b: string): Promise<{ differ: number; rows: number; sample: unknown[]; plan: { mode: string; from_day: string | null; reason: string } }> {
  const wh = await openWarehouse(a, { readOnly: true });
  try {
    await wh.run(`ATTACH '${b.replaceAll("'", "''")}' AS other (READ_ONLY)`);
    const values = (db: string) => `(SELECT * FROM ${db}.indicators."values"
      WHERE run_id = (SELECT run_id FROM ${db}.indicators.compute_plans ORDER BY computed_at DESC LIMIT 1))`;
    const near = (column: string) => `(x.${column} IS NULL) = (y.${column} IS NULL) AND coalesce(abs(x.${column} - y.${column}) <= 1e-9 * (1 + abs(y.${column})), true)`;
    const mismatches = `SELECT coalesce(x.indicator_id, y.indicator_id) AS indicator_id, coalesce(x.period, y.period) AS period,
        coalesce(x.geo_code, y.geo_code) AS geo_code, x.value AS increment, y.value AS complet, x.status AS s1, y.status AS s2
      FROM ${values('vigie')} x FULL JOIN ${values('other')} y
        USING (indicator_id, version, period_type, period, period_start, period_end, level, geo_code)
      WHERE x.indicator_id IS NULL OR y.indicator_id IS NULL OR x.status <> y.status
         OR NOT (${near('value')} AND ${near('numerator')} AND ${near('denominator')})`;
    const counts = await wh.one<{ differ: number; rows: number }>(
      `SELECT (SELECT count(*) FROM (${mismatches})) AS differ, (SELECT count(*) FROM ${values('vigie')}) AS "rows"`,
    );
    const sample = await wh.all(`${mismatches} ORDER BY ALL LIMIT 5`);
    const plan = await wh.one<{ mode: string; from_day: string | null; reason: string }>(
      `SELECT mode, CAST(from_day AS VARCHAR) AS from_day, reason FROM indicators.compute_plans ORDER BY computed_at DESC LIMIT 1`,
    );
    return { ...counts!, sample, plan: plan! };
  } finally {
    wh.close();
  }
}

describe('weekly increment (compute)', () => {
  let root: string;
  let files: DemoFile[];
  const inbox = () => join(root, 'inbox');
  const envA = () => ({ VIGIE_INBOX: inbox(), VIGIE_WAREHOUSE: join(root, 'a', 'warehouse.duckdb') });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'vigie-increment-'));
    files = (await demoInbox({ out: join(root, 'demo'), scale: 0.1, until: UNTIL })).files;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('recomputes only the periods the week touches, and gives the values of a full computation', async () => {
    const second = files.filter((f) => SECOND_WEEK.test(f.path));
    const first = files.filter((f) => !SECOND_WEEK.test(f.path) && !LAST_WEEK.test(f.path));
    // The week added is an ordinary one: acts and days only (a snapshot week recomputes everything, below).
    expect(new Set(second.map((f) => f.source))).toEqual(new Set(['cnam.actes', 'ars.journees']));

    place(join(root, 'demo'), inbox(), first);
    runVigieOk(['ingest'], envA());
    runVigieOk(['compute', '--jusqu-au', FIRST], envA());
    place(join(root, 'demo'), inbox(), second);
    runVigieOk(['ingest'], envA());
    const increment = runVigieOk(['compute', '--jusqu-au', SECOND], envA());
    expect(increment.stdout + increment.stderr).toMatch(/calcul partiel : périodes finissant à partir du/);

    const full = { VIGIE_INBOX: inbox(), VIGIE_WAREHOUSE: join(root, 'b', 'warehouse.duckdb') };
    runVigieOk(['ingest'], full);
    runVigieOk(['compute', '--jusqu-au', SECOND], full);

    const diff = await differences(envA().VIGIE_WAREHOUSE, full.VIGIE_WAREHOUSE);
    expect(diff.plan.mode).toBe('increment');
    // The acts of the week may be late ones (dated before it): the first day changed, at the latest the day after 07/12.
    expect(diff.plan.from_day! <= '2025-12-08').toBe(true);
    expect(diff.plan.from_day! > '2025-09-01').toBe(true);
    expect(diff.rows).toBeGreaterThan(1000);
    expect({ differ: diff.differ, sample: diff.sample }).toEqual({ differ: 0, sample: [] });
  });

  it('computes everything again when a snapshot arrives, and says why', async () => {
    place(join(root, 'demo'), inbox(), files.filter((f) => LAST_WEEK.test(f.path)));
    runVigieOk(['ingest'], envA());
    const run = runVigieOk(['compute', '--jusqu-au', UNTIL], envA());
    expect(run.stdout + run.stderr).toMatch(/calcul complet : changement hors des actes et des journées \(.*clean\.(lieux|volontaires)/);
  });
});
