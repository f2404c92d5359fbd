import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWarehouse, type Warehouse } from './index.js';
import { SPILLED_LIMIT, withDuckDbSpilled } from './withDuckDbSpilled.js';

describe('withDuckDbSpilled', () => {
  let dir: string;
  let wh: Warehouse;
  const limit = async () => (await wh.one<{ v: string }>(`SELECT current_setting('memory_limit') AS v`))?.v;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-spill-'));
    wh = await openWarehouse(join(dir, 'warehouse.duckdb'), { memoryLimit: '1GB' });
  });
  afterEach(() => {
    wh.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lowers the limit during the work and restores it, without a warning', async () => {
    const before = await limit();
    const steps: string[] = [];
    const run = wh.run.bind(wh);
    wh.run = async (sql, params) => {
      steps.push(sql);
      return run(sql, params);
    };
    const warnings: string[] = [];
    await withDuckDbSpilled(wh, () => steps.push('travail'), (w) => warnings.push(w));
    expect(steps).toEqual([`SET memory_limit = '${SPILLED_LIMIT}'`, 'travail', `SET memory_limit = '1GB'`]);
    expect(await limit()).toBe(before);
    expect(warnings).toEqual([]);
  });

  it('says in the run’s log when DuckDB refuses to lower its limit, and still does the work', async () => {
    const run = wh.run.bind(wh);
    wh.run = async (sql, params) => {
      if (sql.includes(SPILLED_LIMIT)) throw new Error('Out of Memory Error: could not free up enough memory');
      return run(sql, params);
    };
    const before = await limit();
    const warnings: string[] = [];
    await expect(withDuckDbSpilled(wh, () => 42, (w) => warnings.push(w))).resolves.toBe(42);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`de 1GB à ${SPILLED_LIMIT}`);
    expect(warnings[0]).toContain('could not free up enough memory');
    expect(warnings[0]).toContain('VIGIE_MEMOIRE');
    expect(await limit()).toBe(before);
  });
});
