import type { Warehouse } from '@vigie/etl';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';
import { ACTIVITY_SOURCES } from '../compute/activitySources.js';
import { ensureAuditTables } from './ensureAuditTables.js';

/** An increment of the compute (planIncrement): the previous run whose lineage is kept before `fromDay`. */
export interface LineageIncrement {
  previousRunId: string;
  fromDay: string;
}

/**
 * Value-level lineage of run `runId`, replaced as a whole:
 * - `indicators.lineage_files`: for each computed indicator, every ledger entry (path, SHA-256,
 *   status `charge`, `charge_avec_rejets` or `doublon`) of its sources — for a backfill, only those
 *   dated on or before its date `filesUntil` (undated files included), as the model read them: the
 *   files its values may read, never one dated after the run's date;
 * - `indicators.lineage_activity`: for the activity files among them, their rows by zone (EPCI of
 *   the place, through `lieux_zone`) and day, for days from the launch to the computed week when the zone was
 *   in scope (as `days_in_scope` and `acts_in_scope` count them).
 * The files of one value are then a query (valueFilesSql). Needs the prepared relations.
 *
 * `increment` (an increment of the compute, see planIncrement: the places, zones and referential
 * unchanged since `previousRunId`, no activity changed before `fromDay`): the activity rows before
 * `fromDay` of the files both runs read are the previous run's (a file's raw rows never change:
 * its id is its SHA-256), copied; only the days from `fromDay` and the files new to this run are
 * counted from the raw tables. Same rows as counting everything (test/e2e/incremental.test.ts).
 */
export async function recordLineage(wh: Warehouse, runId: string, definitions: readonly IndicatorDefinition[], filesUntil?: string, increment?: LineageIncrement): Promise<void> {
  await ensureAuditTables(wh);
  await wh.run('DELETE FROM indicators.lineage_files WHERE run_id = $run', { run: runId });
  await wh.run('DELETE FROM indicators.lineage_activity WHERE run_id = $run', { run: runId });
  const pairs = definitions.flatMap((d) => d.sources.map((s) => ({ indicator_id: d.id, version: d.version, source: s })));
  if (pairs.length === 0) return;
  await wh.run(
    `INSERT INTO indicators.lineage_files
     WITH wanted AS (
       SELECT p.indicator_id, p.version, p.source
       FROM (SELECT unnest(from_json($pairs, '[{"indicator_id":"VARCHAR","version":"INTEGER","source":"VARCHAR"}]')) AS p)
     )
     SELECT DISTINCT $run, w.indicator_id, w.version, f.source_id, f.file_id, f.path, f.status, f.extract_date, f.scope,
            f.arrived_at, f.size_bytes, f.rows_read, f.rows_loaded, f.rows_rejected
     FROM ledger.files f
     JOIN wanted w ON f.source_id = w.source OR split_part(f.source_id, '.', 1) = w.source
     WHERE f.status IN ('charge', 'charge_avec_rejets', 'doublon')
       AND (f.extract_date IS NULL OR $until::DATE IS NULL OR f.extract_date <= $until::DATE OR starts_with(f.source_id, 'insee.'))`,
    { run: runId, until: filesUntil ?? null, pairs: JSON.stringify(pairs) },
  );
  const tables = new Set(
    (await wh.all<{ name: string }>(`SELECT schema_name || '.' || table_name AS name FROM duckdb_tables() WHERE schema_name = 'raw'`)).map((r) => r.name),
  );
  for (const activity of ACTIVITY_SOURCES) {
    if (!tables.has(activity.rawTable)) continue;
    if (increment) {
      await wh.run(
        `INSERT INTO indicators.lineage_activity
         SELECT $run, a.source_id, a.file_id, a.code_epci, a.day, a."rows"
         FROM indicators.lineage_activity a
         WHERE a.run_id = $prev AND a.source_id = $source AND a.day < $from::DATE
           AND a.file_id IN (SELECT file_id FROM indicators.lineage_files WHERE run_id = $run AND source_id = $source)`,
        { run: runId, source: activity.sourceId, prev: increment.previousRunId, from: increment.fromDay },
      );
    }
    await wh.run(
      `INSERT INTO indicators.lineage_activity
       SELECT $run, $source, r._file_id, l.code_epci, r.${activity.day}, count(*)
       FROM ${activity.rawTable} r
       JOIN lieux_zone l ON l.siret = r.${activity.siret}
       WHERE r.${activity.day} BETWEEN getvariable('vigie_launch') AND getvariable('vigie_as_of')
         AND r._file_id IN (SELECT file_id FROM indicators.lineage_files WHERE run_id = $run AND source_id = $source)
         AND ($from::DATE IS NULL OR r.${activity.day} >= $from::DATE
              OR r._file_id NOT IN (SELECT file_id FROM indicators.lineage_files WHERE run_id = $prev AND source_id = $source))
         AND EXISTS (
           SELECT 1 FROM zone_scope z
           WHERE z.code_epci = l.code_epci
             AND r.${activity.day} >= z.date_designation AND (z.date_retrait IS NULL OR r.${activity.day} < z.date_retrait))
       GROUP BY ALL`,
      { run: runId, source: activity.sourceId, prev: increment?.previousRunId ?? null, from: increment?.fromDay ?? null },
    );
  }
}
