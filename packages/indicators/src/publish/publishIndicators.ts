import { isoWeekCode } from '@vigie/core';
import { rmSync } from 'node:fs';
import { checkFreshness, type Warehouse } from '@vigie/etl';
import { ensureIndicatorTables } from '../compute/ensureIndicatorTables.js';
import { dropPreparedTables, createPreparedTables } from '../compute/createPreparedTables.js';
import { preparedRelations } from '../compute/preparedRelations.js';
import { referencedTables, requireTables } from '../compute/referencedTables.js';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';
import { indicators } from '../definitions/indicators.js';
import { writeAuditTables } from '../audit/writeAuditTables.js';
import { alertRules } from './alertRules.js';
import { applySecrecy } from './applySecrecy.js';
import { freshnessDate } from './freshnessDate.js';
import { dropLateSources, writeLateSources } from './writeLateSources.js';
import { writePublicationTables } from './publicationTables.js';
import { vigieVersion } from './vigieVersion.js';
import { writeSourcesTable } from './writeSourcesTable.js';
import { swapPublicationFolder, writePublicationFolder } from './writePublicationFolder.js';

/**
 * Prepared relations that publish reads at most once (acts_in_scope: one alert) or not at all:
 * temporary views, computed where read, never copied nor written out when DuckDB's memory is
 * lowered during the secrecy (withDuckDbSpilled).
 */
const READ_ONCE_RELATIONS = ['day_periods', 'geo_universe', 'acts_in_scope', 'communes_in_zones', 'territory_zones'] as const;

export interface PublishOptions {
  runId: string;
  /** The folder the dashboard reads (`<warehouse folder>/publication`), replaced as a whole. */
  publicationDir: string;
  demo: boolean;
  /**
   * AAAA-MM-JJ: the date the late-source alert judges freshness at. Default: the run's as-of date
   * for a backfill (ledger.runs.as_of), else today in Paris (see freshnessDate).
   */
  today?: string;
  /** The definitions whose secrecy rules and fiches are published (default: `indicators`); `vigie verifier` passes the recorded versions. */
  definitions?: readonly IndicatorDefinition[];
  /**
   * Leave the new folder staged beside the publication (returned as `stagedDir`) instead of
   * swapping it in: the caller builds the site from it, then swaps both (`swapPublicationFolder`),
   * or discards it and puts publish.* back (`restorePublishTables`).
   */
  stage?: boolean;
  /** Where the step's warnings go (the run's log): something did not go as expected and publishing went on. */
  onWarning?: (message: string) => void;
}

/**
 * The one place where values leave the warehouse: applies statistical secrecy to the values of
 * `runId`, drops every personal datum, writes publish.* and the Parquet publication folder. The
 * warehouse tables change in one transaction and the folder is swapped only after it committed: a
 * failure leaves the previous publication whole.
 */
export async function publishIndicators(
  wh: Warehouse,
  options: PublishOptions,
): Promise<{ rows: number; secret: number; stagedDir?: string }> {
  await ensureIndicatorTables(wh);
  const tables = new Set(['ref.epci', 'ref.departements', 'ref.regions', 'ref.communes']);
  for (const source of [...preparedRelations, ...alertRules]) for (const t of referencedTables(source.sql)) tables.add(t);
  await requireTables(wh, [...tables].sort(), 'Publication');
  const run = await wh.one<{ rows: number; as_of: string | null }>(
    `SELECT count(*) AS rows, max(period_end) FILTER (WHERE period_type = 'semaine')::VARCHAR AS as_of
     FROM indicators."values" WHERE run_id = $run`,
    { run: options.runId },
  );
  if (!run || run.rows === 0 || !run.as_of) {
    throw new Error(
      `Publication impossible : aucune valeur calculée pour l'exécution « ${options.runId} » dans indicators.values. ` +
        `Lancez d'abord le calcul (« vigie compute ») ; la publication précédente reste en place.`,
    );
  }
  const asOf = run.as_of;
  const today = await freshnessDate(wh, options);
  let temporary: string | undefined;
  try {
    const result = await wh.transaction(async () => {
      await createPreparedTables(wh, asOf, undefined, READ_ONCE_RELATIONS);
      const freshness = await checkFreshness(wh, { today });
      await writeLateSources(wh, today, freshness);
      const secret = (await applySecrecy(wh, options.runId, options.definitions ?? indicators, { onWarning: options.onWarning })).masked;
      await wh.run(`
        CREATE OR REPLACE TABLE publish."values" AS
        SELECT indicator_id, version, period_type, period, period_start, period_end, level, geo_code,
               CASE WHEN masked THEN NULL ELSE value END AS value,
               CASE WHEN masked THEN NULL ELSE numerator END AS numerator,
               CASE WHEN masked THEN NULL ELSE denominator END AS denominator,
               CASE WHEN masked THEN 'secret' ELSE status END AS status,
               run_id
        FROM secrecy_work
        -- the order of valeurs.parquet, which writePublicationFolder copies as it stands (one sort, not two)
        ORDER BY indicator_id, period_type, period, level, geo_code`);
      await writePublicationTables(wh, {
        runId: options.runId,
        definitions: options.definitions ?? indicators,
        lastWeek: isoWeekCode(asOf),
        demo: options.demo,
        vigieVersion: vigieVersion(),
      });
      await writeSourcesTable(wh, today, undefined, freshness);
      await writeAuditTables(wh, options.runId);
      temporary = await writePublicationFolder(wh, options.publicationDir, options.runId);
      await wh.run('DROP VIEW IF EXISTS temp.secrecy_work');
      await wh.run('DROP TABLE IF EXISTS temp.secrecy_masks');
      await dropLateSources(wh);
      await dropPreparedTables(wh, READ_ONCE_RELATIONS);
      return { rows: run.rows, secret };
    });
    if (temporary && options.stage) return { ...result, stagedDir: temporary };
    if (temporary) swapPublicationFolder(temporary, options.publicationDir);
    return result;
  } catch (error) {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}
