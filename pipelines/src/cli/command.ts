import type { Logger } from '../log/logger.js';

export interface CommandIo {
  log: Logger;
  /** Text for a person (tables, summaries), on stdout. */
  print: (text: string) => void;
}

/** A `vigie` command: returns its exit code (0 success, 1 failure); throws UsageError for 2. */
export type Command = (args: string[], io: CommandIo) => Promise<number>;
