import { isoWeekCode } from '@vigie/core';
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

export interface ComputeResult {
  rows: number;
  /** ISO week code of the last complete week computed (`2025-S41`). */
  lastWeek: string;
  indicators: number;
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
  },
): Promise<ComputeResult> {
  const ordered = orderByDependencies(wanted, all);
  await ensureIndicatorTables(wh);
  const tables = new Set(preparedRelations.flatMap((r) => referencedTables(r.sql)));
  for (const def of ordered) for (const table of referencedTables(def.sql)) tables.add(table);
  await requireTables(wh, [...tables].sort(), 'Calcul des indicateurs');

  const rows = await wh.transaction(async () => {
    await recordDefinitionVersions(wh, ordered, options.runId);
    await createPreparedTables(wh, options.asOf);
    await wh.run(`CREATE OR REPLACE TEMP TABLE computed_values (${VALUE_COLUMNS_DDL})`);
    for (const def of ordered) {
      const columns = (await wh.all<{ column_name: string }>(`DESCRIBE ${def.sql}`)).map((c) => c.column_name);
      checkResultColumns(def, columns);
      try {
        await wh.run(valueInsertSql(def, columns, options.runId));
      } catch (error) {
        throw new Error(`Calcul de l'indicateur ${def.id} (version ${def.version}) impossible : ${(error as Error).message}`);
      }
      const duplicate = await wh.one<{ period: string; level: string; geo_code: string; n: number }>(
        `SELECT period_type || ' ' || period AS period, level, geo_code, count(*) AS n FROM computed_values
         WHERE indicator_id = $id GROUP BY ALL HAVING count(*) > 1 LIMIT 1`,
        { id: def.id },
      );
      if (duplicate) {
        throw new Error(
          `Le SQL de l'indicateur ${def.id} renvoie ${duplicate.n} lignes pour ${duplicate.period}, ${duplicate.level} ${duplicate.geo_code} ; ` +
            `une seule est attendue par période et territoire. Corrigez src/definitions/ pour ${def.id}.`,
        );
      }
    }
    await wh.run(`DELETE FROM indicators."values" WHERE run_id = $run`, { run: options.runId });
    await wh.run(`INSERT INTO indicators."values" SELECT * FROM computed_values`);
    await recordRunFiles(wh, options.runId, ordered, options.filesUntil);
    const count = await wh.one<{ n: number }>(`SELECT count(*) AS n FROM indicators."values" WHERE run_id = $run`, { run: options.runId });
    await wh.run('DROP TABLE IF EXISTS temp.computed_values');
    await dropPreparedTables(wh);
    return count?.n ?? 0;
  });
  return { rows, lastWeek: isoWeekCode(options.asOf), indicators: ordered.length };
}
