import { pipelines } from '../../../definitions/index.js';
import { resolvePaths } from '../../config/resolvePaths.js';
import { runPipeline } from '../../runner/runPipeline.js';
import { createScheduler } from '../../scheduler/createScheduler.js';
import type { Command } from '../command.js';
import { parseOptions } from '../parseOptions.js';
import { formatRunReport } from '../printRunReport.js';

/**
 * `vigie schedule`: stays running and runs each pipeline on its cron schedule (Europe/Paris).
 * SIGTERM or SIGINT: no new run starts, the run in progress stops after its current step, exit 0.
 */
export const scheduleCommand: Command = async (args, io) => {
  const { values } = parseOptions('schedule', args, { inbox: { type: 'string' }, warehouse: { type: 'string' } });
  const paths = resolvePaths(values);
  const scheduler = createScheduler({
    pipelines,
    log: io.log,
    run: async (pipeline, signal) => {
      const report = await runPipeline({ pipeline, paths, trigger: 'planificateur', log: io.log, signal, waitMs: 15 * 60_000 });
      io.print(formatRunReport(report));
    },
  });
  // Signal handlers first: from the first announced schedule on, a stop is always graceful.
  const stopped = new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      io.log.info('signal', `Signal ${signal} reçu.`, { signal });
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      void scheduler.stop().then(resolve);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  io.log.info('planificateur_demarre', `Planificateur démarré (processus ${process.pid}) sur ${paths.warehouse}.`, { pid: process.pid });
  scheduler.start();
  await stopped;
  return 0;
};
