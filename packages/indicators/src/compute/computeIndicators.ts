import type { Warehouse } from '@vigie/etl';
import { indicators } from '../definitions/indicators.js';
import { computeDefinitions, type ComputeResult } from './computeDefinitions.js';
import { resolveAsOf } from './resolveAsOf.js';

export interface ComputeOptions {
  runId: string;
  /** AAAA-MM-JJ; the last complete ISO week on or before it is computed. Default: see resolveAsOf. */
  asOf?: string;
}

/**
 * Computes every indicator at every period and level it applies to, from the launch to the last
 * complete week, and replaces the rows of `runId` in `indicators.values` in one transaction.
 */
export async function computeIndicators(wh: Warehouse, options: ComputeOptions): Promise<ComputeResult> {
  if (!options.runId) throw new Error('computeIndicators : runId est obligatoire (identifiant de l’exécution).');
  const asOf = await resolveAsOf(wh, options.asOf);
  return computeDefinitions(wh, indicators, indicators, { runId: options.runId, asOf });
}
