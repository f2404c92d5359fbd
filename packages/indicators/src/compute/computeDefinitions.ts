import { isoWeekCode, LAUNCH_DATE } from '@vigie/core';
import type { Warehouse } from '@vigie/etl';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';
import { ensureIndicatorTables, VALUE_COLUMNS_DDL } from './ensureIndicatorTables.js';
import { orderByDependencies } from './orderByDependencies.js';
import { dropPreparedTables, createPreparedTables } from './createPreparedTables.js';
import { preparedRelations } from './preparedRelations.js';
import { recordDefinitionVersions } from '../audit/recordDefinitionVersions.js';
import { recordRunFiles } from './recordRunFiles.js';
import { referencedTables, requireTables } from './referencedTables.js';
import { checkResultColumns, valueInsertSql } from './valueInsertSql.js';
import { ensureComputeBasisTables, measureCurrentBasis, saveCurrentBasis } from './computeBasis.js';
import { planIncrement, type ComputePlan } from './planIncrement.js';

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
    await wh.run(`CREATE OR REPLACE TEMP TABLE computed_values (${VALUE_COLUMNS_DDL})`);
    for (const def of ordered) {
      const columns = (await wh.all<{ column_name: string }>(`DESCRIBE ${def.sql}`)).map((c) => c.column_name);
      checkResultColumns(def, columns);
      try {
        await wh.run(valueInsertSql(def, columns, options.runId));
      } catch (error) {
        throw new Error(`Calcul de l'indicateur ${def.id} (version ${def.version}) impossible : ${(error as Error).message}`);
      }
    }
    // One scan of all the values computed (not one per indicator): a single row per period and territory;
    // the first indicator in computing order is named (a later one may only repeat its dependency's rows).
    const idList = ordered.map((d) => `'${d.id.replaceAll("'", "''")}'`).join(', ');
    const duplicate = await wh.one<{ id: string; period: string; level: string; geo_code: string; n: number }>(
      `SELECT indicator_id AS id, period_type || ' ' || period AS period, level, geo_code, count(*) AS n FROM computed_values
       GROUP BY indicator_id, period_type, period, level, geo_code HAVING count(*) > 1
       ORDER BY list_position([${idList}], indicator_id), period, level, geo_code LIMIT 1`,
    );
    if (duplicate) {
      throw new Error(
        `Le SQL de l'indicateur ${duplicate.id} renvoie ${duplicate.n} lignes pour ${duplicate.period}, ${duplicate.level} ${duplicate.geo_code} ; ` +
          `une seule est attendue par période et territoire. Corrigez src/definitions/ pour ${duplicate.id}.`,
      );
    }
    await wh.run(`DELETE FROM indicators."values" WHERE run_id = $run`, { run: options.runId });
    await wh.run(`INSERT INTO indicators."values" SELECT * FROM computed_values`);
    if (plan.mode === 'increment') {
      // The periods ending before fromDay read nothing that changed: their values are the previous computation's,
      // copied straight under the new run id (not through computed_values: one copy of the history instead of two)
      await wh.run(
        `INSERT INTO indicators."values"
         SELECT v.* EXCLUDE (run_id), $run FROM indicators."values" v
         WHERE v.run_id = $prev AND v.period_end < $from::DATE
           AND v.indicator_id IN (${idList})
           AND NOT EXISTS (SELECT 1 FROM periods p WHERE p.period_type = v.period_type AND p.period = v.period)`,
        { run: options.runId, prev: plan.previousRunId, from: plan.fromDay },
      );
    }
    await recordRunFiles(wh, options.runId, ordered, options.filesUntil);
    const count = await wh.one<{ n: number }>(`SELECT count(*) AS n FROM indicators."values" WHERE run_id = $run`, { run: options.runId });
    await saveCurrentBasis(wh, options.runId);
    await wh.run(`DELETE FROM indicators.compute_plans WHERE run_id = $run`, { run: options.runId });
    await wh.run(`INSERT INTO indicators.compute_plans VALUES ($run, now()::TIMESTAMP, $asOf::DATE, $defs, $mode, $prev, $from::DATE, $reason)`, {
      run: options.runId, asOf: options.asOf, defs: definitionsKey, mode: plan.mode, reason: plan.reason,
      prev: plan.mode === 'increment' ? plan.previousRunId : null, from: plan.mode === 'increment' ? plan.fromDay : null,
    });
    await wh.run('DROP TABLE IF EXISTS temp.computed_values');
    await dropPreparedTables(wh);
    return count?.n ?? 0;
  });
  return { rows, lastWeek: isoWeekCode(options.asOf), indicators: ordered.length, plan };
}
