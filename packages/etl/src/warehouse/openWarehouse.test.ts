import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureSchemas } from './ensureSchemas.js';
import { openWarehouse } from './openWarehouse.js';

describe('openWarehouse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-open-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // DuckDB names a database opened directly after its file: `clean.duckdb` made every
  // `clean.<table>` ambiguous (« Ambiguous reference to catalog or schema "clean" »).
  for (const schema of ['ledger', 'raw', 'ref', 'clean', 'indicators', 'publish']) {
    it(`works in a file named ${schema}.duckdb, and keeps what it wrote`, async () => {
      const path = join(dir, `${schema}.duckdb`);
      const wh = await openWarehouse(path);
      await ensureSchemas(wh);
      await wh.run(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await wh.run(`CREATE OR REPLACE TABLE ${schema}.probe AS SELECT 42 AS n`);
      await wh.run(`CREATE OR REPLACE TEMP TABLE scratch AS SELECT n + 1 AS n FROM ${schema}.probe`);
      expect(await wh.one(`SELECT n FROM ${schema}.probe JOIN temp.scratch USING (n) UNION ALL SELECT n FROM temp.scratch`)).toEqual({ n: 43 });
      wh.close();

      const reader = await openWarehouse(path, { readOnly: true });
      expect(await reader.one(`SELECT n FROM ${schema}.probe`)).toEqual({ n: 42 });
      expect(await reader.one(`SELECT count(*) AS n FROM ledger.runs`)).toEqual({ n: 0 });
      await expect(reader.run(`CREATE TABLE ${schema}.other (n INTEGER)`)).rejects.toThrow(/read-only/i);
      reader.close();
    });
  }

  it('limits DuckDB memory (VIGIE_MEMOIRE or the option) and spills beside the file', async () => {
    const path = join(dir, 'memoire.duckdb');
    const previous = process.env['VIGIE_MEMOIRE'];
    process.env['VIGIE_MEMOIRE'] = '700 Mo';
    try {
      const wh = await openWarehouse(path);
      const settings = await wh.all<{ name: string; value: string }>(
        `SELECT name, value FROM duckdb_settings() WHERE name IN ('memory_limit', 'temp_directory') ORDER BY name`,
      );
      wh.close();
      expect(settings[0]?.value).toMatch(/^(667\.5 MiB|700\.0 MB)$/);
      expect(settings[1]?.value).toBe(`${path}.tmp`);
    } finally {
      if (previous === undefined) delete process.env['VIGIE_MEMOIRE'];
      else process.env['VIGIE_MEMOIRE'] = previous;
    }
    const wh = await openWarehouse(path, { memoryLimit: '1 Go' });
    const limit = await wh.one<{ value: string }>(`SELECT value FROM duckdb_settings() WHERE name = 'memory_limit'`);
    wh.close();
    expect(limit?.value).toMatch(/^(953\.6 MiB|1\.0 GB|1000\.0 MB)$/);
  });

  it('says which file it could not open', async () => {
    await expect(openWarehouse(join(dir, 'absent', 'nothing.duckdb'), { readOnly: true })).rejects.toThrow(/nothing\.duckdb/);
  });
});
