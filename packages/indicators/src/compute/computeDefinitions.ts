import { isoWeekCode, LAUNCH_DATE, sqlString } from '@vigie/core';
import type { Warehouse } from '@vigie/etl';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';
import { ensureIndicatorTables } from './ensureIndicatorTables.js';
import { orderByDependencies } from './orderByDependencies.js';
import { dropPreparedTables, createPreparedTables } from './createPreparedTables.js';
import { preparedRelations } from './preparedRelations.js';
import { recordDefinitionVersions } from '../audit/recordDefinitionVersions.js';
import { recordRunFiles } from './recordRunFiles.js';
import { referencedTables, requireTables } from './referencedTables.js';
import { checkResultColumns, valueInsertSql } from './valueInsertSql.js';
import { ensureComputeBasisTables, measureCurrentBasis, saveCurrentBasis } from './computeBasis.js';
import { planIncrement, type ComputePlan } from './planIncrement.js';
import { duplicateRowsError, expectedRows, universeRowCounts } from './duplicateRowsCheck.js';

export interface ComputeResult {
  rows: number;
  /** ISO week code of the last complete week computed (`2025-S41`). */
  lastWeek: string;
  indicators: number;
  /** `complet`, or `increment` (only the periods ending from `fromDay` were computed), and why. */
  plan: ComputePlan;
}

/**
 * Computes `wanted` (and what they depend on) up to `asOf` (a Sunday) and replaces the rows of
 * `runId` in `indicators.values`, in one transaction; records the text of each definition version
 * (indicators.definition_versions), the input files in ledger.run_files and the lineage.
 */
export async function computeDefinitions(
  wh: Warehouse,
  wanted: readonly IndicatorDefinition[],
  all: readonly IndicatorDefinition[],
  options: {
    runId: string;
    asOf: string;
    /** The model's as-of date (`--jusqu-au`, files dated after it were left out of clean.*); none: every file. */
    filesUntil?: string;
    /** Recompute only the periods the changes since the last computation touch (see planIncrement). */
    incremental?: boolean;
  },
): Promise<ComputeResult> {
  const ordered = orderByDependencies(wanted, all);
  await ensureIndicatorTables(wh);
  const tables = new Set(preparedRelations.flatMap((r) => referencedTables(r.sql)));
  for (const def of ordered) for (const table of referencedTables(def.sql)) tables.add(table);
  await requireTables(wh, [...tables].sort(), 'Calcul des indicateurs');

  await ensureComputeBasisTables(wh);
  const definitionsKey = ordered.map((d) => `${d.id}@${d.version}`).sort().join(' ');
  let plan: ComputePlan = { mode: 'complet', reason: 'calcul complet demandé' };

  const rows = await wh.transaction(async () => {
    await recordDefinitionVersions(wh, ordered, options.runId);
    await measureCurrentBasis(wh);
    if (options.incremental) plan = await planIncrement(wh, { runId: options.runId, asOf: options.asOf, definitions: definitionsKey, launch: LAUNCH_DATE });
    await createPreparedTables(wh, options.asOf, plan.mode === 'increment' ? plan.fromDay : undefined);
    // Each indicator is written straight into indicators.values under the run id; `computed_values`, which derived
    // indicators read, is a view of those rows (not a temporary table copied again at the end: one write instead of two).
    await wh.run(`DELETE FROM indicators."values" WHERE run_id = $run`, { run: options.runId });
    await wh.run(`CREATE OR REPLACE TEMP VIEW computed_values AS SELECT * FROM indicators."values" WHERE run_id = ${sqlString(options.runId)}`);
    const universe = await universeRowCounts(wh);
    for (const def of ordered) {
      const columns = (await wh.all<{ column_name: string }>(`DESCRIBE ${def.sql}`)).map((c) => c.column_name);
      checkResultColumns(def, columns);
      let written: number;
      try {
        const inserted = await wh.all<{ Count: number }>(valueInsertSql(def, columns, options.runId));
        written = Number(inserted[0]?.Count ?? 0);
      } catch (error) {
        throw new Error(`Calcul de l'indicateur ${def.id} (version ${def.version}) impossible : ${(error as Error).message}`);
      }
      // A single row per period and territory, checked by count as each indicator is written: the first in computing
      // order is named, before a later one reads (and repeats) its rows.
      const expected = expectedRows(def, universe);
      if (written !== expected) {
        throw (await duplicateRowsError(wh, def)) ?? new Error(`Calcul de l'indicateur ${def.id} : ${written} lignes écrites, ${expected} attendues (une par période et territoire de geo_universe). Signalez ce cas : le calcul de src/compute/ est en cause.`);
      }
    }
    const idList = ordered.map((d) => sqlString(d.id)).join(', ');
    if (plan.mode === 'increment') {
      // The periods ending before fromDay read nothing that changed: their values are the previous computation's,
      // copied straight under the new run id, after the computed ones
      await wh.run(
        `INSERT INTO indicators."values"
         SELECT v.* EXCLUDE (run_id), $run FROM indicators."values" v
         WHERE v.run_id = $prev AND v.period_end < $from::DATE
           AND v.indicator_id IN (${idList})
           AND NOT EXISTS (SELECT 1 FROM periods p WHERE p.period_type = v.period_type AND p.period = v.period)`,
        { run: options.runId, prev: plan.previousRunId, from: plan.fromDay },
      );
    }
    await recordRunFiles(wh, options.runId, ordered, options.filesUntil, plan.mode === 'increment' ? plan : undefined);
    const count = await wh.one<{ n: number }>(`SELECT count(*) AS n FROM indicators."values" WHERE run_id = $run`, { run: options.runId });
    await saveCurrentBasis(wh, options.runId);
    await wh.run(`DELETE FROM indicators.compute_plans WHERE run_id = $run`, { run: options.runId });
    await wh.run(`INSERT INTO indicators.compute_plans VALUES ($run, now()::TIMESTAMP, $asOf::DATE, $defs, $mode, $prev, $from::DATE, $reason)`, {
      run: options.runId, asOf: options.asOf, defs: definitionsKey, mode: plan.mode, reason: plan.reason,
      prev: plan.mode === 'increment' ? plan.previousRunId : null, from: plan.mode === 'increment' ? plan.fromDay : null,
    });
    await wh.run('DROP VIEW IF EXISTS temp.computed_values');
    await dropPreparedTables(wh);
    return count?.n ?? 0;
  });
  return { rows, lastWeek: isoWeekCode(options.asOf), indicators: ordered.length, plan };
}
