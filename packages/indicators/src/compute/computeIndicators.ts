import type { Warehouse } from '@vigie/etl';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';
import { indicators } from '../definitions/indicators.js';
import { computeDefinitions, type ComputeResult } from './computeDefinitions.js';
import { resolveAsOf } from './resolveAsOf.js';

export interface ComputeOptions {
  runId: string;
  /** AAAA-MM-JJ; the last complete ISO week on or before it is computed. Default: see resolveAsOf. */
  asOf?: string;
  /** The definitions to compute (default: `indicators`); a seam for tests of version changes. */
  definitions?: readonly IndicatorDefinition[];
  /**
   * Recompute only the periods that the changes since the last computation touch, the others
   * copied from it (see planIncrement); falls back to a full computation, and says why, when a
   * change may touch every period. Default: full.
   */
  incremental?: boolean;
}

/**
 * Computes every indicator at every period and level it applies to, from the launch to the last
 * complete week, and replaces the rows of `runId` in `indicators.values` in one transaction.
 */
export async function computeIndicators(wh: Warehouse, options: ComputeOptions): Promise<ComputeResult> {
  if (!options.runId) throw new Error('computeIndicators : runId est obligatoire (identifiant de l’exécution).');
  const asOf = await resolveAsOf(wh, options.asOf);
  const definitions = options.definitions ?? indicators;
  return computeDefinitions(wh, definitions, definitions, {
    runId: options.runId,
    asOf,
    ...(options.asOf ? { filesUntil: options.asOf } : {}),
    ...(options.incremental ? { incremental: true } : {}),
  });
}
