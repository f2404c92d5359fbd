import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runVigie } from '../support/runVigie.js';

/**
 * The e2e tests start `vigie` compiled once per session (support/buildVigieBundle.ts); this one
 * runs bin/vigie.js itself, through tsx, as `npx vigie` does, and finds the same answers.
 */
describe('bin/vigie.js, as npx vigie starts it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-bin-'));
  const bin = (args: string[]) => {
    const result = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/vigie.js'), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, CI: 'true' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the usage, and answers bad usage with exit code 2 and a French message, as the compiled command does', () => {
    const usage = bin(['--help']);
    expect(usage.status).toBe(0);
    expect(usage.stdout).toMatch(/^vigie — indicateurs de la mission de solidarité territoriale/);
    expect(runVigie(['--help'])).toEqual(usage);

    const bad = bin(['export', '--format', 'xls', '--out', join(dir, 'x')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--format attend csv, parquet ou arrow/);
    expect(runVigie(['export', '--format', 'xls', '--out', join(dir, 'x')])).toEqual(bad);
  });

  it('opens the warehouse through DuckDB: a missing one is named, with what to do', () => {
    const missing = join(dir, 'absent', 'warehouse.duckdb');
    const result = bin(['runs', '--warehouse', missing]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Aucun entrepôt à ${missing}. Lancez d'abord « npx vigie run »`);
  });
});
