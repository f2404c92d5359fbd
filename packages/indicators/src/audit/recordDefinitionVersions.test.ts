import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { computeDefinitions } from '../compute/computeDefinitions.js';
import { defineIndicator, type IndicatorDefinition } from '../definitions/indicatorDefinition.js';
import { indicators } from '../definitions/indicators.js';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { insertLedgerFile } from '../testing/insertLedgerFile.js';
import { seedScenario } from '../testing/seedScenario.js';

const consultations = indicators.find((d) => d.id === 'consultations')!;

/** `consultations` with another SQL (acts with a dépassement only), at `version`. */
function changedConsultations(version: number): IndicatorDefinition {
  return defineIndicator({
    ...consultations,
    version,
    periodicity: [...consultations.periodicity],
    levels: [...consultations.levels],
    sources: [...consultations.sources],
    dependsOn: [],
    limits: [...consultations.limits],
    changes: [...consultations.changes, { version: 2, date: '2026-01-05', change: 'Seuls les actes avec dépassement.' }],
    sql: consultations.sql.replace('FROM acts_in_scope', 'FROM acts_in_scope WHERE montant_depassement > 0'),
  });
}

describe('recordDefinitionVersions (through computeDefinitions)', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await seedScenario(wh);
  });
  afterEach(() => wh.close());

  it('keeps the full text of each version once, with the run that first computed it', async () => {
    await computeDefinitions(wh, [consultations], indicators, { runId: 'run-1', asOf: '2025-10-05' });
    await computeDefinitions(wh, [consultations], indicators, { runId: 'run-2', asOf: '2025-10-05' });
    const v2 = changedConsultations(2);
    await computeDefinitions(wh, [v2], [v2], { runId: 'run-3', asOf: '2025-10-05' });
    const rows = await wh.all<{ version: number; sql: string; first_run_id: string; parameters: string }>(
      `SELECT version, sql, first_run_id, parameters FROM indicators.definition_versions WHERE indicator_id = 'consultations' ORDER BY version`,
    );
    expect(rows.map((r) => [r.version, r.first_run_id])).toEqual([[1, 'run-1'], [2, 'run-3']]);
    expect(rows[0]!.sql).toBe(consultations.sql.trim());
    expect(rows[1]!.sql).toContain('WHERE montant_depassement > 0');
    expect(JSON.parse(rows[1]!.parameters)).toMatchObject({ kind: 'count', secrecy: { numerator: 'actes', denominator: null } });
    const values = await wh.all<{ run_id: string; version: number }>(
      `SELECT DISTINCT run_id, version FROM indicators."values" WHERE indicator_id = 'consultations' ORDER BY run_id`,
    );
    expect(values).toEqual([{ run_id: 'run-1', version: 1 }, { run_id: 'run-2', version: 1 }, { run_id: 'run-3', version: 2 }]);
  });

  it('refuses a changed SQL under a version already computed, in French, and writes nothing', async () => {
    await computeDefinitions(wh, [consultations], indicators, { runId: 'run-1', asOf: '2025-10-05' });
    const sameVersion = changedConsultations(1);
    await expect(computeDefinitions(wh, [sameVersion], [sameVersion], { runId: 'run-2', asOf: '2025-10-05' })).rejects.toThrow(
      /consultations a changé .* garde la version 1.*passez la définition en version 2/,
    );
    const written = await wh.one<{ n: number }>(`SELECT count(*) AS n FROM indicators."values" WHERE run_id = 'run-2'`);
    expect(written?.n).toBe(0);
  });

  it('never records for a backfill a file dated after its date (--jusqu-au)', async () => {
    await insertLedgerFile(wh, { fileId: 'a'.repeat(64), path: 'cnam/actes_mission_2025-S45.csv', sourceId: 'cnam.actes', extractDate: '2025-11-09', status: 'charge', rowsRead: 3 });
    await computeDefinitions(wh, [consultations], indicators, { runId: 'run-1', asOf: '2025-10-05', filesUntil: '2025-10-07' });
    const runFiles = await wh.all<{ file_id: string }>(`SELECT file_id FROM ledger.run_files WHERE run_id = 'run-1'`);
    const lineage = await wh.all<{ path: string; extract_date: string }>(
      `SELECT path, extract_date::VARCHAR AS extract_date FROM indicators.lineage_files WHERE run_id = 'run-1' AND indicator_id = 'consultations'`,
    );
    expect(runFiles.length).toBeGreaterThan(0);
    expect(runFiles.map((f) => f.file_id)).not.toContain('a'.repeat(64));
    expect(lineage.map((f) => f.path)).toContain('cnam/actes_mission_2025-S38.csv');
    expect(lineage.every((f) => f.extract_date === null || f.extract_date <= '2025-10-05')).toBe(true);
    expect(lineage.map((f) => f.path)).not.toContain('cnam/actes_mission_2025-S45.csv');
  });
});
