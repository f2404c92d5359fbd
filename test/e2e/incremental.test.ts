import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, type DemoFile } from '@vigie/etl';
import { computeIndicators } from '@vigie/indicators';
import { demoInbox } from '../support/demoInbox.js';
import { runVigieOk } from '../support/runVigie.js';

/**
 * Issue #14: a weekly run computes only the periods the new files touch. A demo inbox dropped in
 * two batches (everything until 07/12/2025, then the acts and days of the week of 08/12/2025)
 * and computed after each gives, on the second computation (an increment), the same
 * indicators.values as a full computation of every file at once in another warehouse. Then
 * adversarial increments, each compared with a full computation of a copy of the same warehouse:
 * a late file for an old week and a corrected file (the cumuls, the 28-day pace and the need
 * after them all move), and a week without any file.
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
 * the next, increment or not); and the rows of their activity lineage that differ. Run ids left out.
 */
async function differences(a: string, b: string): Promise<{
  differ: number;
  rows: number;
  sample: unknown[];
  plan: { mode: string; from_day: string | null; reason: string };
  lineage: { differ: number; rows: number };
}> {
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
    // The lineage of the activity files by zone and day (recordLineage, partly copied by an increment) too.
    const lineage = (db: string) => `(SELECT * EXCLUDE (run_id) FROM ${db}.indicators.lineage_activity
      WHERE run_id = (SELECT run_id FROM ${db}.indicators.compute_plans ORDER BY computed_at DESC LIMIT 1))`;
    const lineageRows = await wh.one<{ differ: number; rows: number }>(
      `SELECT (SELECT count(*) FROM (FROM ${lineage('vigie')} EXCEPT ALL FROM ${lineage('other')}))
            + (SELECT count(*) FROM (FROM ${lineage('other')} EXCEPT ALL FROM ${lineage('vigie')})) AS differ,
              (SELECT count(*) FROM ${lineage('vigie')}) AS "rows"`,
    );
    const plan = await wh.one<{ mode: string; from_day: string | null; reason: string }>(
      `SELECT mode, CAST(from_day AS VARCHAR) AS from_day, reason FROM indicators.compute_plans ORDER BY computed_at DESC LIMIT 1`,
    );
    return { ...counts!, sample, plan: plan!, lineage: lineageRows! };
  } finally {
    wh.close();
  }
}

/**
 * A full computation (not an increment) of a copy of `warehouse` up to `asOf`, in this process:
 * the same clean tables as the increment read. Returns the copy's path.
 */
async function fullComputationOfCopy(warehouse: string, copy: string, asOf: string): Promise<string> {
  cpSync(warehouse, copy);
  if (existsSync(`${warehouse}.wal`)) cpSync(`${warehouse}.wal`, `${copy}.wal`);
  const wh = await openWarehouse(copy);
  try {
    const result = await computeIndicators(wh, { runId: `complet-${asOf}`, asOf });
    expect(result.plan.mode).toBe('complet');
  } finally {
    wh.close();
  }
  return copy;
}

/** Rows of the last computation of `warehouse` whose value differs from the computation before, by indicator and period type. */
async function changedSincePrevious(warehouse: string): Promise<Record<string, number>> {
  const wh = await openWarehouse(warehouse, { readOnly: true });
  try {
    const rows = await wh.all<{ what: string; n: number }>(
      `WITH runs AS (SELECT run_id, row_number() OVER (ORDER BY computed_at DESC) AS k FROM indicators.compute_plans),
       last AS (SELECT * FROM indicators."values" WHERE run_id = (SELECT run_id FROM runs WHERE k = 1)),
       before AS (SELECT * FROM indicators."values" WHERE run_id = (SELECT run_id FROM runs WHERE k = 2))
       SELECT x.indicator_id || ' ' || x.period_type AS what, count(*) AS n
       FROM last x JOIN before y USING (indicator_id, version, period_type, period, level, geo_code)
       WHERE x.value IS DISTINCT FROM y.value AND x.period_end < DATE '2025-12-01'
       GROUP BY ALL`,
    );
    return Object.fromEntries(rows.map((r) => [r.what, r.n]));
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
    expect(diff.lineage.rows).toBeGreaterThan(100);
    expect(diff.lineage.differ).toBe(0);
  });

  it('computes everything again when a snapshot arrives, and says why', async () => {
    place(join(root, 'demo'), inbox(), files.filter((f) => LAST_WEEK.test(f.path)));
    runVigieOk(['ingest'], envA());
    const run = runVigieOk(['compute', '--jusqu-au', UNTIL], envA());
    expect(run.stdout + run.stderr).toMatch(/calcul complet : changement hors des actes et des journées \(.*clean\.(lieux|volontaires)/);
  });

  it('a late file for an old week and a corrected file: recomputes from the first day they change, as a full computation would', async () => {
    // Late: acts of week 44 (27/10 to 02/11/2025) sent again in another file, as new acts (new ids), half of them for new patients.
    const acts = readFileSync(join(inbox(), 'cnam', 'actes_mission_2025-S44.csv'), 'latin1').split(/\r?\n/).filter((l) => l !== '');
    const late = acts.slice(1, 41).map((line, i) => {
      const cells = line.split(';');
      cells[0] = `R${cells[0]!.slice(1)}`;
      if (i % 2 === 0) cells[5] = `f${cells[5]!.slice(1)}`;
      return cells.join(';');
    });
    mkdirSync(join(inbox(), 'cnam', 'retard'), { recursive: true });
    writeFileSync(join(inbox(), 'cnam', 'retard', 'actes_mission_2025-S44.csv'), `${[acts[0], ...late].join('\r\n')}\r\n`, 'latin1');
    // Corrected: a region's days of week 46 sent again, every realised day now cancelled (same name, newer arrival).
    const name = readdirSync(join(inbox(), 'ars')).filter((n) => /^journees_\d+_2025-S46\.csv$/.test(n)).sort()[0]!;
    const days = readFileSync(join(inbox(), 'ars', name), 'utf8');
    expect(days).toMatch(/;REALISEE;/);
    writeFileSync(join(inbox(), 'ars', name), days.replaceAll(';REALISEE;', ';ANNULEE;'));

    runVigieOk(['ingest'], envA());
    runVigieOk(['compute', '--jusqu-au', UNTIL], envA());
    const changed = await changedSincePrevious(envA().VIGIE_WAREHOUSE);
    // Not vacuous: the change reaches old weeks, months and cumuls, the 28-day pace and the need left.
    for (const what of ['consultations cumul', 'patients_distincts cumul', 'jours_realises semaine', 'rythme_journees_mois semaine', 'journees_manquantes_mois mois']) {
      expect(changed[what] ?? 0, what).toBeGreaterThan(0);
    }
    const full = await fullComputationOfCopy(envA().VIGIE_WAREHOUSE, join(root, 'copie-retard.duckdb'), UNTIL);
    const diff = await differences(envA().VIGIE_WAREHOUSE, full);
    expect(diff.plan.mode).toBe('increment');
    expect(diff.plan.from_day! <= '2025-11-02').toBe(true);
    expect({ differ: diff.differ, sample: diff.sample }).toEqual({ differ: 0, sample: [] });
    expect(diff.lineage.rows).toBeGreaterThan(100);
    expect(diff.lineage.differ).toBe(0);
  });

  it('a week without any file: computed (zeros, paces and cumuls carried) as a full computation would, the rest kept', async () => {
    const nextSunday = '2025-12-28';
    const run = runVigieOk(['compute', '--jusqu-au', nextSunday], envA());
    expect(run.stdout + run.stderr).toMatch(/calcul partiel/);
    const full = await fullComputationOfCopy(envA().VIGIE_WAREHOUSE, join(root, 'copie-vide.duckdb'), nextSunday);
    const diff = await differences(envA().VIGIE_WAREHOUSE, full);
    expect(diff.plan).toMatchObject({ mode: 'increment', from_day: '2025-12-22' });
    expect({ differ: diff.differ, sample: diff.sample }).toEqual({ differ: 0, sample: [] });
    expect(diff.lineage.rows).toBeGreaterThan(100);
    expect(diff.lineage.differ).toBe(0);
  });
});
