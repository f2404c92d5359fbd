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

  it('says which file it could not open', async () => {
    await expect(openWarehouse(join(dir, 'absent', 'nothing.duckdb'), { readOnly: true })).rejects.toThrow(/nothing\.duckdb/);
  });
});
