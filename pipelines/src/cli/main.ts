import { createLogger } from '../log/logger.js';
import type { Command, CommandIo } from './command.js';
import { USAGE, UsageError } from './usage.js';

/**
 * Each command's module, loaded only when that command runs: loading them all made every `vigie`
 * start pay for the DuckDB, Evidence and secrecy code of the others (about 1,4 s of CPU).
 */
export const commands: Record<string, () => Promise<Command>> = {
  run: async () => (await import('./commands/runCommand.js')).runCommand,
  ingest: async () => (await import('./commands/runCommand.js')).ingestCommand,
  compute: async () => (await import('./commands/runCommand.js')).computeCommand,
  publish: async () => (await import('./commands/runCommand.js')).publishCommand,
  export: async () => (await import('./commands/exportCommand.js')).exportCommand,
  rejects: async () => (await import('./commands/rejectsCommand.js')).rejectsCommand,
  explain: async () => (await import('./commands/explainCommand.js')).explainCommand,
  verifier: async () => (await import('./commands/verifierCommand.js')).verifierCommand,
  audit: async () => (await import('./commands/auditCommand.js')).auditCommand,
  catalogue: async () => (await import('./commands/catalogueCommand.js')).catalogueCommand,
  runs: async () => (await import('./commands/runsCommand.js')).runsCommand,
  secret: async () => (await import('./commands/secretCommand.js')).secretCommand,
  schedule: async () => (await import('./commands/scheduleCommand.js')).scheduleCommand,
  dashboard: async () => (await import('./commands/dashboardCommand.js')).dashboardCommand,
  demo: async () => (await import('./commands/demoCommand.js')).demoCommand,
  pipelines: async () => (await import('./commands/pipelinesCommand.js')).pipelinesCommand,
  sources: async () => (await import('./commands/sourcesCommand.js')).sourcesCommand,
  start: async () => (await import('./commands/startCommand.js')).startCommand,
};

/** Runs `vigie <command> …` and returns the exit code: 0 success, 1 failure, 2 bad usage. */
export async function main(argv: string[], io?: CommandIo): Promise<number> {
  const out: CommandIo = io ?? { log: createLogger(), print: (text) => process.stdout.write(`${text}\n`) };
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out.print(USAGE);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`Commande inconnue « ${name} ».\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const command = await load().catch((error: unknown) => {
      // A module that does not load (a file missing after an incomplete update): say what to do.
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Impossible de charger la commande « ${name} » : ${reason}. Vérifiez que le dépôt est complet et que \`npm install\` a été lancé, puis relancez.`);
    });
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
