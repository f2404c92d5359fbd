import { createLogger } from '../log/logger.js';
import { installFatalHandlers } from './installFatalHandlers.js';
import { main } from './main.js';

/**
 * The `vigie` command as bin/vigie.js runs it: `main` behind the last-resort handlers (no exit
 * without a French message, the run in progress recorded as failed). Returns the exit code.
 */
export async function runCli(argv: string[]): Promise<number> {
  const log = createLogger();
  const handlers = installFatalHandlers(argv[0] ?? 'help', log);
  try {
    return await main(argv, { log, print: (text) => process.stdout.write(`${text}\n`) });
  } finally {
    handlers.settled();
  }
}
