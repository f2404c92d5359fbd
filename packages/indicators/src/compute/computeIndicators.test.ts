import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { indicators } from '../definitions/indicators.js';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { FILE_ACTES, FILE_JOURNEES, seedScenario } from '../testing/seedScenario.js';
import { computeIndicators } from './computeIndicators.js';

describe('computeIndicators', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await seedScenario(wh);
    await wh.run(`INSERT INTO ledger.files VALUES
      ('${'c'.repeat(64)}', 'cnam/actes_mission_2025-S37.csv', 'cnam.actes', 10, DATE '2025-09-14', NULL, TIMESTAMP '2025-09-15 06:00:00', 0, 0, 0, 'rejete', 'en-tête inattendu', 'run-0'),
      ('${'b'.repeat(64)}', 'inconnu.txt', NULL, 10, NULL, NULL, TIMESTAMP '2025-09-15 06:00:00', 0, 0, 0, 'ignore', NULL, 'run-0'),
      ('${'a'.repeat(64)}', 'insee/communes_2025.csv', 'insee.communes', 10, DATE '2025-12-31', NULL, TIMESTAMP '2025-09-15 06:00:00', 5, 5, 0, 'charge', NULL, 'run-0')`);
  });
  afterEach(() => wh.close());

  it('writes every indicator at its levels and periods, with its version and the run id', async () => {
    const result = await computeIndicators(wh, { runId: 'run-1', asOf: '2025-10-08' });
    expect(result).toMatchObject({ lastWeek: '2025-S40', indicators: indicators.length });
    const ids = await wh.all<{ indicator_id: string; version: number; runs: number }>(
      `SELECT indicator_id, any_value(version) AS version, count(DISTINCT run_id) AS runs FROM indicators."values" GROUP BY ALL ORDER BY ALL`,
    );
    expect(ids.map((r) => r.indicator_id)).toEqual(indicators.map((d) => d.id).sort());
    const declared = new Map(indicators.map((d) => [d.id, d.version]));
    expect(ids.filter((r) => r.version !== declared.get(r.indicator_id) || r.runs !== 1)).toEqual([]);
    const levels = await wh.all(`SELECT DISTINCT level FROM indicators."values" WHERE indicator_id = 'zones_couvertes' ORDER BY level`);
    expect(levels).toEqual([{ level: 'departement' }, { level: 'national' }, { level: 'region' }]);
    expect(await wh.one(`SELECT count(*) AS n FROM indicators."values"`)).toEqual({ n: result.rows });
    expect(await wh.one(`SELECT max(period_end) AS d FROM indicators."values"`)).toEqual({ d: '2025-10-05' });
  });

  it('replaces the rows of the same run and keeps other runs', async () => {
    const first = await computeIndicators(wh, { runId: 'run-1', asOf: '2025-10-05' });
    await computeIndicators(wh, { runId: 'run-2', asOf: '2025-09-28' });
    const again = await computeIndicators(wh, { runId: 'run-1', asOf: '2025-10-05' });
    expect(again.rows).toBe(first.rows);
    const byRun = await wh.all(`SELECT run_id, count(*) AS n FROM indicators."values" GROUP BY ALL ORDER BY ALL`);
    expect(byRun).toEqual([{ run_id: 'run-1', n: first.rows }, { run_id: 'run-2', n: expect.any(Number) }]);
  });

  it('records the loaded files of the sources it read in ledger.run_files, once', async () => {
    await computeIndicators(wh, { runId: 'run-1', asOf: '2025-10-05' });
    await computeIndicators(wh, { runId: 'run-1', asOf: '2025-10-05' });
    const files = await wh.all<{ file_id: string }>(`SELECT file_id FROM ledger.run_files WHERE run_id = 'run-1' ORDER BY file_id`);
    expect(files.map((f) => f.file_id)).toEqual(['a'.repeat(64), 'd'.repeat(64), FILE_JOURNEES, FILE_ACTES].sort());
  });

  it('defaults to the last complete week of data', async () => {
    const result = await computeIndicators(wh, { runId: 'run-1' });
    expect(result.lastWeek).toBe('2025-S38'); // latest realised day 23/09 (the cancelled 29/09 does not count)
  });

  it('names the missing tables and the step to run', async () => {
    await wh.run(`DROP TABLE clean.actes`);
    await expect(computeIndicators(wh, { runId: 'run-1', asOf: '2025-10-05' })).rejects.toThrow(/clean\.actes.*vigie ingest/);
  });

  it('names the first indicator, in computing order, whose SQL returns two rows for one period and territory', async () => {
    const consultations = indicators.find((d) => d.id === 'consultations');
    const share = indicators.find((d) => d.id === 'part_patients_sans_mt');
    if (!consultations || !share) throw new Error('consultations et part_patients_sans_mt attendus dans la liste');
    const doubled = { ...consultations, sql: `WITH once AS (${consultations.sql}) SELECT * FROM once UNION ALL SELECT * FROM once` };
    // part_patients_sans_mt reads consultations' rows, so it repeats them too: consultations is named.
    await expect(computeIndicators(wh, { runId: 'run-1', asOf: '2025-10-05', definitions: [share, doubled] })).rejects.toThrow(
      /^Le SQL de l'indicateur consultations renvoie 2 lignes pour cumul 2025-09-14, departement 01 ; une seule est attendue/,
    );
  });
});
