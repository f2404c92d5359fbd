import cron, { type ScheduledTask } from 'node-cron';
import { formatParisDateTime } from '@vigie/core';
import type { PipelineDefinition } from '../../definitions/index.js';
import type { Logger } from '../log/logger.js';

export interface SchedulerOptions {
  pipelines: readonly PipelineDefinition[];
  /** Runs one pipeline; resolves when it has ended. The signal asks it to stop after its step in progress. */
  run: (pipeline: PipelineDefinition, signal: AbortSignal) => Promise<unknown>;
  log: Logger;
}

export interface Scheduler {
  start(): void;
  /** No new run starts; the run in progress stops after its current step; resolves when it has. */
  stop(): Promise<void>;
  nextRuns(): Array<{ pipeline: string; at: Date }>;
  /** The pipeline running now, if any. */
  busyWith(): string | null;
}

const parisWeekday = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', weekday: 'long' });
/** `lundi 06/10/2025 06:00`, read in Paris. */
const parisTime = (d: Date) => `${parisWeekday.format(d)} ${formatParisDateTime(d)}`;

/**
 * Runs each pipeline on its cron schedule, read in Europe/Paris time (node-cron handles the
 * daylight-saving changes). Never two runs at once in this process: a pipeline due while another
 * runs is skipped and logged (the next occurrence will catch up, ingest being incremental).
 * Across processes, the warehouse lock does the same.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { log } = options;
  const tasks: Array<{ pipeline: PipelineDefinition; task: ScheduledTask }> = [];
  let current: { pipeline: string; done: Promise<void>; abort: AbortController } | null = null;
  let stopping = false;

  const fire = (pipeline: PipelineDefinition) => {
    if (stopping) return;
    if (current) {
      log.warn('execution_ignoree', `${pipeline.label} prévu maintenant, mais ${current.pipeline} est en cours : cette occurrence est sautée.`, {
        pipeline: pipeline.id,
        busyWith: current.pipeline,
      });
      return;
    }
    const abort = new AbortController();
    log.info('execution_planifiee', `${pipeline.label} : démarrage planifié.`, { pipeline: pipeline.id });
    const done = options
      .run(pipeline, abort.signal)
      .then(() => undefined)
      .catch((error: unknown) => {
        log.error('execution_echec', `${pipeline.label} : ${error instanceof Error ? error.message : String(error)}`, { pipeline: pipeline.id });
      })
      .finally(() => {
        current = null;
        const next = tasks.find((t) => t.pipeline.id === pipeline.id)?.task.getNextRun();
        if (next && !stopping) log.info('prochaine_execution', `${pipeline.label} : prochaine exécution ${parisTime(next)}.`, { pipeline: pipeline.id, next: next.toISOString() });
      });
    current = { pipeline: pipeline.id, done, abort };
  };

  return {
    start() {
      for (const pipeline of options.pipelines) {
        const task = cron.createTask(pipeline.cron, () => fire(pipeline), { timezone: pipeline.timezone, name: pipeline.id });
        void task.start();
        tasks.push({ pipeline, task });
        const next = task.getNextRun();
        log.info('planification', `${pipeline.label} (« ${pipeline.cron} », ${pipeline.timezone}) : prochaine exécution ${next ? parisTime(next) : 'jamais'}.`, {
          pipeline: pipeline.id,
          next: next?.toISOString() ?? null,
        });
      }
    },
    async stop() {
      stopping = true;
      for (const { task } of tasks) await task.destroy();
      if (current) {
        log.info('arret_attente', `Arrêt demandé : ${current.pipeline} s'arrête après l'étape en cours…`);
        current.abort.abort();
        await current.done;
      }
      log.info('arret', 'Planificateur arrêté.');
    },
    nextRuns() {
      return tasks.flatMap(({ pipeline, task }) => {
        const at = task.getNextRun();
        return at ? [{ pipeline: pipeline.id, at }] : [];
      });
    },
    busyWith: () => current?.pipeline ?? null,
  };
}
