import { formatDuration } from '@vigie/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSchemas, openWarehouse } from '@vigie/etl';
import type { PipelineDefinition, StepId } from '../../definitions/index.js';
import type { VigiePaths } from '../config/resolvePaths.js';
import { acquireWarehouseLock } from '../lock/warehouseLock.js';
import type { Logger } from '../log/logger.js';
import { setActiveRun } from './activeRun.js';
import { injectedFault } from './injectedFault.js';
import { recordFailure } from './recordFailure.js';
import { markInterruptedRuns, newRunId, recordRunEnd, recordRunStart, recordStepEnd, recordStepStart } from './runLedger.js';
import { commitStagedPublication, reconcilePublication } from './stagedPublication.js';
import type { StepContext, StepRunner } from './stepContext.js';
import { stepLabels, stepRunners } from './steps/index.js';

export interface RunRequest {
  pipeline: PipelineDefinition;
  paths: VigiePaths;
  trigger: 'commande' | 'planificateur';
  log: Logger;
  /** Only these steps (for `vigie ingest`, `vigie compute`, `vigie publish`). */
  only?: StepId[];
  asOf?: string;
  /** With asOf: replace the current publication too. */
  forcePublish?: boolean;
  dashboard?: boolean;
  /** Wait this long for another run to release the warehouse (ms). */
  waitMs?: number;
  /** When aborted, the run stops after the step in progress. */
  signal?: AbortSignal;
  now?: () => Date;
  /** Replaces step implementations (tests). */
  runners?: Partial<Record<StepId, StepRunner>>;
}

export interface StepReport {
  step: StepId;
  status: 'reussie' | 'echec' | 'ignoree';
  durationMs: number;
  rows: number | null;
  message: string;
}

export interface RunReport {
  runId: string;
  pipeline: string;
  status: 'reussie' | 'echec' | 'arretee';
  durationMs: number;
  steps: StepReport[];
  error?: string;
}

/** The marker `vigie demo` leaves in an inbox of demonstration data. */
export const DEMO_MARKER = '.vigie-demo';

export async function runPipeline(request: RunRequest): Promise<RunReport> {
  const { pipeline, paths, log } = request;
  const now = request.now ?? (() => new Date());
  const started = now();
  const runId = newRunId(pipeline.id, started);
  const lock = await acquireWarehouseLock(paths.warehouse, {
    command: `vigie run ${pipeline.id}`,
    waitMs: request.waitMs ?? 0,
    onStale: (o) => log.warn('verrou_repris', `Verrou abandonné par le processus ${o.pid} (arrêté) : repris.`, { owner: o }),
    onWait: (o) => log.info('verrou_attente', `Une autre exécution (processus ${o.pid}) tient l'entrepôt : attente…`, { owner: o }),
  });
  const wh = await openWarehouse(paths.warehouse);
  const steps: StepReport[] = [];
  try {
    await ensureSchemas(wh);
    const interrupted = await markInterruptedRuns(wh);
    if (interrupted > 0) log.warn('execution_interrompue', `${interrupted} exécution(s) précédente(s) interrompue(s) : marquée(s) comme telle(s).`);
    const repaired = await reconcilePublication(wh, paths.publicationDir);
    if (repaired) log.warn('publication_reprise', repaired);
    await recordRunStart(wh, { runId, pipeline: pipeline.id, trigger: request.trigger, asOf: request.asOf ?? null });
    log.info('execution_debut', `Exécution ${runId} (${pipeline.label}) : début.`, { runId, pipeline: pipeline.id });

    const wanted = pipeline.steps.filter((s) => !request.only || request.only.includes(s));
    const publish = request.asOf === undefined || request.forcePublish === true;
    const dashboard = request.dashboard ?? true;
    const ctx: StepContext = {
      wh,
      paths,
      runId,
      asOf: request.asOf,
      publish,
      dashboard,
      demo: existsSync(join(paths.inbox, DEMO_MARKER)),
      log,
      now: started,
      stageForDashboard: publish && dashboard && wanted.includes('dashboard') && wanted.indexOf('publish') < wanted.indexOf('dashboard'),
      staged: undefined,
      activity: undefined,
    };
    let current: StepId | undefined;
    // The last-resort handlers of the command (installFatalHandlers) end the run through this.
    setActiveRun({
      runId,
      stepLabel: () => (current ? stepLabels[current] : undefined),
      activity: () => ctx.activity,
      fail: async (message) => {
        const { runMessage } = await recordFailure(ctx, current, message);
        // The process exits next: leave the warehouse closed and its lock free.
        try {
          wh.close();
        } catch {
          // a query of the dying step still holds it: the next run replays the WAL
        }
        lock.release();
        return runMessage;
      },
    });
    for (const step of wanted) {
      if (request.signal?.aborted) {
        const { runMessage: message } = await recordFailure(ctx, step, '', true);
        log.warn('execution_arretee', message, { runId });
        return { runId, pipeline: pipeline.id, status: 'arretee', durationMs: now().getTime() - started.getTime(), steps, error: message };
      }
      const t0 = now().getTime();
      current = step;
      ctx.activity = undefined;
      await recordStepStart(wh, runId, step);
      log.info('etape_debut', `${stepLabels[step]}…`, { runId, step });
      try {
        const outcome = await (request.runners?.[step] ?? injectedFault(step) ?? stepRunners[step])(ctx);
        const durationMs = now().getTime() - t0;
        await recordStepEnd(wh, runId, step, { status: 'reussie', rows: outcome.rows, message: outcome.message });
        steps.push({ step, status: outcome.skipped ? 'ignoree' : 'reussie', durationMs, rows: outcome.rows, message: outcome.message });
        log.info('etape_fin', `${stepLabels[step]} : ${outcome.message} (${formatDuration(durationMs)})`, { runId, step, durationMs, rows: outcome.rows });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const durationMs = now().getTime() - t0;
        const { runMessage, stepMessage } = await recordFailure(ctx, step, message);
        steps.push({ step, status: 'echec', durationMs, rows: null, message: stepMessage });
        log.error('execution_echec', runMessage, { runId, step });
        return { runId, pipeline: pipeline.id, status: 'echec', durationMs: now().getTime() - started.getTime(), steps, error: runMessage };
      }
    }
    current = undefined;
    // A staged publication whose dashboard step did not run (none in the pipeline): in place alone.
    if (ctx.staged) {
      commitStagedPublication(paths.publicationDir, ctx.staged, undefined);
      ctx.staged = undefined;
    }
    const durationMs = now().getTime() - started.getTime();
    await recordRunEnd(wh, runId, 'reussie', null);
    log.info('execution_fin', `Exécution ${runId} réussie en ${formatDuration(durationMs)}.`, { runId, durationMs });
    return { runId, pipeline: pipeline.id, status: 'reussie', durationMs, steps };
  } finally {
    setActiveRun(undefined);
    wh.close();
    lock.release();
  }
}
