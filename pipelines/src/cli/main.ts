import { createLogger } from '../log/logger.js';
import type { Command, CommandIo } from './command.js';
import { auditCommand } from './commands/auditCommand.js';
import { catalogueCommand } from './commands/catalogueCommand.js';
import { dashboardCommand } from './commands/dashboardCommand.js';
import { demoCommand } from './commands/demoCommand.js';
import { explainCommand } from './commands/explainCommand.js';
import { exportCommand } from './commands/exportCommand.js';
import { pipelinesCommand } from './commands/pipelinesCommand.js';
import { rejectsCommand } from './commands/rejectsCommand.js';
import { computeCommand, ingestCommand, publishCommand, runCommand } from './commands/runCommand.js';
import { runsCommand } from './commands/runsCommand.js';
import { secretCommand } from './commands/secretCommand.js';
import { scheduleCommand } from './commands/scheduleCommand.js';
import { sourcesCommand } from './commands/sourcesCommand.js';
import { startCommand } from './commands/startCommand.js';
import { verifierCommand } from './commands/verifierCommand.js';
import { USAGE, UsageError } from './usage.js';

export const commands: Record<string, Command> = {
  run: runCommand,
  ingest: ingestCommand,
  compute: computeCommand,
  publish: publishCommand,
  export: exportCommand,
  rejects: rejectsCommand,
  explain: explainCommand,
  verifier: verifierCommand,
  audit: auditCommand,
  catalogue: catalogueCommand,
  runs: runsCommand,
  secret: secretCommand,
  schedule: scheduleCommand,
  dashboard: dashboardCommand,
  demo: demoCommand,
  pipelines: pipelinesCommand,
  sources: sourcesCommand,
  start: startCommand,
};

/** Runs `vigie <command> …` and returns the exit code: 0 success, 1 failure, 2 bad usage. */
export async function main(argv: string[], io?: CommandIo): Promise<number> {
  const out: CommandIo = io ?? { log: createLogger(), print: (text) => process.stdout.write(`${text}\n`) };
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out.print(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Commande inconnue « ${name} ».\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await command(args, out);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    out.log.error('echec', message);
    if (process.env['VIGIE_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
