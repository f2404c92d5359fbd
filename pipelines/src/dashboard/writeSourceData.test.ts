import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWarehouse } from '@vigie/etl';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DASHBOARD_APP_DIR } from './dashboardPaths.js';
import { ensureDashboardInstalled } from './ensureDashboardInstalled.js';

const SCRIPT = join(DASHBOARD_APP_DIR, 'scripts', 'writeSourceData.js');

/** An Evidence project in `dir` with the source `t` made of `queries` (name -> SQL). */
function project(dir: string, queries: Record<string, string>): void {
  mkdirSync(join(dir, 'sources', 't'), { recursive: true });
  writeFileSync(join(dir, 'sources', 't', 'connection.yaml'), 'name: t\ntype: duckdb\noptions:\n  filename: ":memory:"\n');
  writeFileSync(join(dir, 'sources', 't', 'initialize.sql'), 'create or replace macro double_it(x) as x * 2;\n');
  for (const [name, sql] of Object.entries(queries)) writeFileSync(join(dir, 'sources', 't', `${name}.sql`), sql);
}

// The files Evidence 40.1.8 writes for these queries (its DuckDB connector, Arrow from JavaScript
// objects, duckdb-wasm's COPY), as read on its output: numbers are DOUBLE, dates TIMESTAMP to the
// millisecond, an all-null date or boolean column DOUBLE, an empty result keeps its types.
describe('writeSourceData.js (what evidence sources writes, from DuckDB)', () => {
  let dir: string;
  beforeAll(() => ensureDashboardInstalled(DASHBOARD_APP_DIR, () => undefined), 600_000);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-source-data-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes each query as Evidence types it, with its schema and the manifest', async () => {
    project(dir, {
      types:
        "-- a comment first, as in our sources\nselect 3::BIGINT as n, 2.5::DECIMAL(4,1) as d, double_it(21) as m, DATE '2025-10-06' as jour,\n" +
        "TIMESTAMP '2025-10-06 12:34:56.789999' as ts, true as b, 'Île' as s, NULL::DATE as sans_date, NULL::BOOLEAN as sans_b;\n",
      vide: "select * from (select 1::INTEGER as n, DATE '2025-01-01' as jour, true as b) where false -- none\n",
    });
    execFileSync(process.execPath, [SCRIPT, 't', join(dir, 'data')], { cwd: dir, stdio: 'pipe' });

    expect(JSON.parse(readFileSync(join(dir, 'data', 'manifest.json'), 'utf8'))).toEqual({
      renderedFiles: { t: ['static/data/t/types/types.parquet', 'static/data/t/vide/vide.parquet'] },
    });
    const schema = JSON.parse(readFileSync(join(dir, 'data', 't', 'types', 'types.schema.json'), 'utf8')) as { name: string; evidenceType: string }[];
    expect(schema.map((c) => `${c.name}:${c.evidenceType}`)).toEqual([
      'n:number', 'd:number', 'm:number', 'jour:date', 'ts:date', 'b:boolean', 's:string', 'sans_date:date', 'sans_b:boolean',
    ]);
    const wh = await openWarehouse(':memory:');
    try {
      const file = (name: string) => `'${join(dir, 'data', 't', name, `${name}.parquet`)}'`;
      const types = async (name: string) =>
        (await wh.all<{ column_name: string; column_type: string }>(`DESCRIBE FROM ${file(name)}`)).map((c) => `${c.column_name}:${c.column_type}`);
      expect(await types('types')).toEqual([
        'n:DOUBLE', 'd:DOUBLE', 'm:DOUBLE', 'jour:TIMESTAMP', 'ts:TIMESTAMP', 'b:BOOLEAN', 's:VARCHAR', 'sans_date:DOUBLE', 'sans_b:DOUBLE',
      ]);
      const [row] = await wh.all(`SELECT n, d, m, strftime(jour, '%Y-%m-%d %H:%M:%S.%f') AS jour, strftime(ts, '%H:%M:%S.%f') AS ts, b, s FROM ${file('types')}`);
      expect(row).toEqual({ n: 3, d: 2.5, m: 42, jour: '2025-10-06 00:00:00.000000', ts: '12:34:56.789000', b: true, s: 'Île' });
      expect(await types('vide')).toEqual(['n:DOUBLE', 'jour:TIMESTAMP', 'b:BOOLEAN']);
      expect(await wh.all(`SELECT count(*) AS n FROM ${file('vide')}`)).toEqual([{ n: 0 }]);
    } finally {
      wh.close();
    }
  });

  it('writes the same bytes on every run, rows in the same order even without ORDER BY', () => {
    // A grouping over half a million rows: with several DuckDB threads its groups came in another
    // order from one run to the next (a new file, under a new hash, every week for the same data).
    project(dir, { groupes: 'select i % 20000 as k, count(*) as n from range(500000) t(i) group by k\n' });
    const files = [1, 2, 3, 4].map((run) => {
      execFileSync(process.execPath, [SCRIPT, 't', join(dir, `data${run}`)], { cwd: dir, stdio: 'pipe' });
      return readFileSync(join(dir, `data${run}`, 't', 'groupes', 'groupes.parquet'));
    });
    for (const file of files.slice(1)) expect(file.equals(files[0] as Buffer)).toBe(true);
  });

  it('stops with code 3, naming the query and column, on a type Evidence turns into text in JavaScript', () => {
    project(dir, { heures: "select TIME '12:00:00' as heure\n" });
    const run = spawnSync(process.execPath, [SCRIPT, 't', join(dir, 'data')], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('t/heures.sql : colonne heure de type TIME');
  });
});
