import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoInbox } from '../support/demoInbox.js';
import { runVigie, runVigieOk } from '../support/runVigie.js';

/**
 * Issue #10: DuckDB names a database after its file, so `--warehouse …/clean.duckdb` made
 * `clean.zones` ambiguous (« Ambiguous reference to catalog or schema "clean" ») at the model
 * step. Every step of the real pipeline, then the readers (export, runs), on a warehouse named
 * after each of its schemas.
 */
const NAMES = ['clean', 'raw', 'ref', 'publish', 'ledger', 'indicators'];
/**
 * Two weeks of demo extracts (every source, 152 files): the names are what is tested, not the
 * volume; six full runs of six weeks cost half as much again for the same proof.
 */
const UNTIL = '2025-09-14';

/** Two export rows: keys and status equal, value, numerator and denominator equal to a millionth. */
function sameRow(row: string[], other: string[]): boolean {
  return row.every((cell, i) => {
    const that = other[i] ?? '';
    if (i < 6 || i > 8 || cell === that) return cell === that;
    const [a, b] = [cell, that].map((v) => Number(v.replace(/\s/g, '').replace(',', '.')));
    return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a! - b!) <= 1e-6 * Math.max(1, Math.abs(a!), Math.abs(b!));
  });
}

describe('a warehouse named after one of its schemas', () => {
  let root: string;
  let inbox: string;
  const exports = new Map<string, string[][]>();

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'vigie-names-'));
    inbox = join(root, 'inbox');
    await demoInbox({ out: inbox, scale: 0.05, until: UNTIL });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  for (const name of NAMES) {
    it(`runs every step, exports and lists its runs with --warehouse ${name}.duckdb`, () => {
      const warehouse = join(root, name, `${name}.duckdb`);
      const run = runVigie(['run', '--sans-tableau-de-bord', '--inbox', inbox, '--warehouse', warehouse]);
      expect(run.stderr).not.toMatch(/Ambiguous|Binder Error/);
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/✓ Modélisation/);
      expect(run.stdout).toMatch(/✓ Publication/);
      const out = join(root, `${name}.csv`);
      runVigieOk(['export', '--out', out, '--warehouse', warehouse]);
      // Run ids differ from run to run by design: compare the values without them. DuckDB sums
      // doubles in parallel, so the last printed digit of a value may differ from run to run:
      // numbers are compared to a millionth (relative), everything else exactly.
      const rows = readFileSync(out, 'utf8')
        .split('\n')
        .map((line) => line.split(';').slice(0, 10));
      expect(rows.length).toBeGreaterThan(1000);
      exports.set(name, rows);
      const reference = exports.get(NAMES[0]!)!;
      expect(rows.length).toBe(reference.length);
      const differing = rows.filter((row, i) => !sameRow(row, reference[i]!)).slice(0, 5);
      expect(differing).toEqual([]);
      expect(runVigieOk(['runs', '--warehouse', warehouse]).stdout).toMatch(/hebdomadaire/);
    });
  }
});
