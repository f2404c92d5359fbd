import { isIsoDate, parisToday } from '@vigie/core';
import type { Warehouse } from '@vigie/etl';

/**
 * The date a publication judges the sources' freshness at (`today` of `checkFreshness`): `today`
 * when given; otherwise, for a backfill, the run's as-of date (`--jusqu-au`, ledger.runs.as_of);
 * otherwise the date of the run, that is today in Paris (the publication is a step of the run).
 */
export async function freshnessDate(wh: Warehouse, options: { runId: string; today?: string | undefined }, now: Date = new Date()): Promise<string> {
  if (options.today !== undefined) {
    if (!isIsoDate(options.today)) {
      throw new Error(`Publication : la date de fraîcheur des sources attend le format AAAA-MM-JJ (par exemple 2025-10-19), reçu « ${options.today} ».`);
    }
    return options.today;
  }
  const run = await wh.one<{ as_of: string | null }>(`SELECT max(as_of)::VARCHAR AS as_of FROM ledger.runs WHERE run_id = $run`, { run: options.runId });
  return run?.as_of ?? parisToday(now);
}
