import { sqlString } from '@vigie/core';
import type { Warehouse } from '@vigie/etl';
import { recordLineage, type LineageIncrement } from '../audit/recordLineage.js';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';

/**
 * Records in ledger.run_files the loaded files (`charge`, `charge_avec_rejets`) of the sources the
 * computed indicators read; for a backfill, only those dated on or before its date `filesUntil`
 * (`--jusqu-au`, as `buildModel` read them; undated files and the INSEE referential, which the
 * model reads whatever its vintage's date, always count), so that a backfill never
 * lists a file dated after its date. A source `insee` stands for every `insee.*` file. Files
 * already recorded for the run are kept once. Then records the value-level lineage (recordLineage;
 * for an increment, from the previous run's before `fromDay`).
 */
export async function recordRunFiles(wh: Warehouse, runId: string, definitions: readonly IndicatorDefinition[], filesUntil?: string, increment?: LineageIncrement): Promise<void> {
  const sources = [...new Set(definitions.flatMap((d) => d.sources))];
  if (sources.length === 0) return;
  const list = sources.map(sqlString).join(', ');
  await wh.run(
    `INSERT INTO ledger.run_files (run_id, file_id)
     SELECT DISTINCT $run, f.file_id
     FROM ledger.files f
     WHERE f.status IN ('charge', 'charge_avec_rejets')
       AND (f.extract_date IS NULL OR $until::DATE IS NULL OR f.extract_date <= $until::DATE OR starts_with(f.source_id, 'insee.'))
       AND (f.source_id IN (${list}) OR split_part(f.source_id, '.', 1) IN (${list}))
       AND NOT EXISTS (SELECT 1 FROM ledger.run_files r WHERE r.run_id = $run AND r.file_id = f.file_id)`,
    { run: runId, until: filesUntil ?? null },
  );
  await recordLineage(wh, runId, definitions, filesUntil, increment);
}
