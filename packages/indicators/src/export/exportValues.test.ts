import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { computeIndicators } from '../compute/computeIndicators.js';
import { publishIndicators } from '../publish/publishIndicators.js';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { seedScenario } from '../testing/seedScenario.js';
import { exportValues } from './exportValues.js';
import { frenchDecimalSql } from './exportSelectSql.js';

const HEADER = 'indicateur;version;type_periode;periode;niveau;code_geo;valeur;numerateur;denominateur;statut;run_id';

describe('exportValues', () => {
  let wh: Warehouse;
  let dir: string;
  let published: number;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await seedScenario(wh);
    dir = mkdtempSync(join(tmpdir(), 'vigie-export-'));
    await computeIndicators(wh, { runId: 'run-1', asOf: '2025-10-05' });
    published = (await publishIndicators(wh, { runId: 'run-1', publicationDir: join(dir, 'publication'), demo: true })).rows;
  });
  afterAll(() => {
    wh.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the csv of interfaces.md: header, `;`, decimal comma, secret values empty', async () => {
    const out = join(dir, 'valeurs.csv');
    expect(await exportValues(wh, { out, format: 'csv' })).toBe(published);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(published + 1);
    expect(lines).toContain('taux_zones_couvertes;1;semaine;2025-S37;national;FR;0,333333;1;3;ok;run-1');
    expect(lines).toContain('jours_realises;1;semaine;2025-S37;zone;200000001;1,5;1,5;;ok;run-1');
    expect(lines).toContain('consultations;1;semaine;2025-S38;zone;200000002;;;;secret;run-1');
    expect(lines.every((l) => l.split(';').length === 11)).toBe(true);
  });

  it('writes Parquet and Arrow files that read back with the same rows', async () => {
    const parquet = join(dir, 'valeurs.parquet');
    expect(await exportValues(wh, { out: parquet, format: 'parquet' })).toBe(published);
    expect(await wh.one(`SELECT count(*) AS n FROM read_parquet('${parquet}')`)).toEqual({ n: published });
    const arrow = join(dir, 'valeurs.arrow');
    expect(await exportValues(wh, { out: arrow, format: 'arrow' })).toBe(published);
    const table = tableFromIPC(readFileSync(arrow));
    expect(table.numRows).toBe(published);
    expect(table.schema.fields.map((f) => f.name).join(';')).toBe(HEADER);
    const secret = table.toArray().find((r) => r.statut === 'secret');
    expect(secret?.valeur).toBeNull();
  });

  it('formats numbers the French way', async () => {
    const rows = await wh.all<{ a: string; b: string; c: string; d: string | null }>(
      `SELECT ${frenchDecimalSql('2539784.0')} AS a, ${frenchDecimalSql('0.1 + 0.2')} AS b, ${frenchDecimalSql('1e-9')} AS c, ${frenchDecimalSql('NULL::DOUBLE')} AS d`,
    );
    expect(rows).toEqual([{ a: '2539784', b: '0,3', c: '0', d: null }]);
  });

  it('says what to do when nothing is published', async () => {
    const empty = await createTestWarehouse();
    await expect(exportValues(empty, { out: join(dir, 'x.csv'), format: 'csv' })).rejects.toThrow(/vigie publish/);
    empty.close();
  });
});
