import type { Warehouse } from '@vigie/etl';
import type { VigiePaths } from '../config/resolvePaths.js';
import type { Logger } from '../log/logger.js';
import type { StagedPublication } from './stagedPublication.js';

export interface StepContext {
  wh: Warehouse;
  paths: VigiePaths;
  runId: string;
  /** `--jusqu-au`: compute as of this date (YYYY-MM-DD). */
  asOf: string | undefined;
  /** false for a backfill that must not touch the current publication. */
  publish: boolean;
  /** false to skip the dashboard rebuild (tests, `--sans-tableau-de-bord`). */
  dashboard: boolean;
  /** The inbox holds demonstration data (written by `vigie demo`). */
  demo: boolean;
  log: Logger;
  now: Date;
  /**
   * The dashboard step of this run follows the publish step: publish leaves its folder staged
   * (`staged`) and the dashboard step swaps it in with the site it built from it.
   */
  stageForDashboard: boolean;
  /** Set by the publish step when it staged its publication; cleared once in place. */
  staged: StagedPublication | undefined;
  /** What the step is working on, for a message if the process dies (the last file read). */
  activity: string | undefined;
}

export interface StepOutcome {
  rows: number | null;
  /** One French sentence for the ledger and the summary. */
  message: string;
  /** `skipped` when the step had nothing to do by design (a backfill does not publish). */
  skipped?: boolean;
}

export type StepRunner = (ctx: StepContext) => Promise<StepOutcome>;
