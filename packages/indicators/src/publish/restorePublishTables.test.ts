import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openWarehouse, type Warehouse } from '@vigie/etl';
import { PUBLICATION_TABLES } from './publicationTables.js';
import { publicationIdentity, restorePublishTables, warehousePublicationIdentity } from './restorePublishTables.js';
import { cleanStagedFolders, stagedFolderPath, swapPublicationFolder, writePublicationFolder } from './writePublicationFolder.js';

/** publish.* as a publish step leaves it, for run `runId` (one value, one row per other table). */
async function writePublishTables(wh: Warehouse, runId: string, value: number): Promise<void> {
  await wh.run('CREATE SCHEMA IF NOT EXISTS publish');
  for (const { table } of PUBLICATION_TABLES) {
    if (table === 'values') {
      await wh.run(
        `CREATE OR REPLACE TABLE publish."values" AS
         SELECT 'consultations' AS indicator_id, 1 AS version, 'semaine' AS period_type, '2025-S41' AS period,
                DATE '2025-10-06' AS period_start, DATE '2025-10-12' AS period_end, 'zone' AS level, '200000172' AS geo_code,
                $value::DOUBLE AS value, $value::DOUBLE AS numerator, NULL::DOUBLE AS denominator, 'ok' AS status, $run AS run_id`,
        { value, run: runId },
      );
    } else if (table === 'meta') {
      await wh.run(`CREATE OR REPLACE TABLE publish.meta AS SELECT $run AS run_id, TIMESTAMP '2025-10-13 06:00:00' + INTERVAL ($value) SECOND AS publie_le`, {
        run: runId,
        value,
      });
    } else {
      await wh.run(`CREATE OR REPLACE TABLE publish."${table}" AS SELECT $run AS run_id, [1, 2] AS liste, DATE '2025-10-12' AS jour`, { run: runId });
    }
  }
}

const dump = async (wh: Warehouse) => {
  const out: Record<string, unknown[]> = {};
  for (const { table } of PUBLICATION_TABLES) out[table] = await wh.all(`SELECT * FROM publish."${table}"`);
  return out;
};

describe('restorePublishTables', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-restore-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('puts publish.* back as the folder in place says, column names and types included', async () => {
    const wh = await openWarehouse(':memory:');
    const publicationDir = join(dir, 'a', 'publication');
    await writePublishTables(wh, 'run-1', 7);
    swapPublicationFolder(await writePublicationFolder(wh, publicationDir, 'run-1'), publicationDir);
    const published = await dump(wh);
    const schema = await wh.all(`SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'publish' ORDER BY ALL`);

    await writePublishTables(wh, 'run-2', 9);
    const staged = await writePublicationFolder(wh, publicationDir, 'run-2');
    expect(staged).toBe(stagedFolderPath(publicationDir, 'run-2'));
    expect(await warehousePublicationIdentity(wh)).toMatchObject({ runId: 'run-2' });
    expect(await publicationIdentity(wh, publicationDir)).toMatchObject({ runId: 'run-1' });

    await restorePublishTables(wh, publicationDir);
    expect(await dump(wh)).toEqual(published);
    expect(await wh.all(`SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'publish' ORDER BY ALL`)).toEqual(schema);
    expect(await warehousePublicationIdentity(wh)).toEqual(await publicationIdentity(wh, publicationDir));

    expect(cleanStagedFolders(publicationDir)).toEqual([staged]);
    expect(existsSync(staged)).toBe(false);
    expect(readdirSync(join(dir, 'a'))).toEqual(['publication']);
    wh.close();
  });

  it('drops publish.* when no publication is in place', async () => {
    const wh = await openWarehouse(':memory:');
    await writePublishTables(wh, 'run-1', 7);
    mkdirSync(join(dir, 'b'));
    await restorePublishTables(wh, join(dir, 'b', 'publication'));
    expect(await wh.all(`SELECT table_name FROM duckdb_tables() WHERE schema_name = 'publish'`)).toEqual([]);
    expect(await warehousePublicationIdentity(wh)).toBeUndefined();
    wh.close();
  });

  it('puts back a folder whose swap stopped between its two renames', () => {
    const publicationDir = join(dir, 'c', 'publication');
    mkdirSync(join(dir, 'c', '.publication.old'), { recursive: true });
    cleanStagedFolders(publicationDir);
    expect(readdirSync(join(dir, 'c'))).toEqual(['publication']);
  });
});
