import type { Warehouse } from '@vigie/etl';
import { computeDefinitions } from '../compute/computeDefinitions.js';
import { indicators } from '../definitions/indicators.js';

export const TEST_RUN = 'run-test';

/** Computes the named indicators (and what they depend on) up to `asOf` for run `run-test`. */
export async function computeForTest(wh: Warehouse, ids: readonly string[], asOf: string): Promise<void> {
  const wanted = indicators.filter((d) => ids.includes(d.id));
  if (wanted.length !== ids.length) throw new Error(`Indicateurs inconnus parmi ${ids.join(', ')}`);
  await computeDefinitions(wh, wanted, indicators, { runId: TEST_RUN, asOf });
}

export interface TestValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
}

/** One computed value, or undefined when the row does not exist. */
export async function valueOf(wh: Warehouse, id: string, period: string, level: string, geo: string): Promise<TestValue | undefined> {
  return wh.one<TestValue & Record<string, unknown>>(
    `SELECT value, numerator, denominator, status FROM indicators."values"
     WHERE run_id = $run AND indicator_id = $id AND period = $period AND level = $level AND geo_code = $geo`,
    { run: TEST_RUN, id, period, level, geo },
  );
}
