/**
 * One line per event. In a terminal, a line a person reads (`06:00:01  Intégration : 12 fichiers`);
 * elsewhere (a service, a pipe, CI), one JSON object per line that a machine reads. Logs go to
 * stderr; what a command answers (summaries, tables) goes to stdout.
 */
export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(event: string, message: string, fields?: Record<string, unknown>): void;
  warn(event: string, message: string, fields?: Record<string, unknown>): void;
  error(event: string, message: string, fields?: Record<string, unknown>): void;
}

export interface LoggerOptions {
  json?: boolean;
  write?: (line: string) => void;
  now?: () => Date;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const json = options.json ?? !process.stderr.isTTY;
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const emit = (level: LogLevel, event: string, message: string, fields: Record<string, unknown> = {}) => {
    const time = now();
    if (json) {
      write(JSON.stringify({ time: time.toISOString(), level, event, message, ...fields }));
      return;
    }
    const clock = time.toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris', hour12: false });
    const prefix = level === 'error' ? 'ERREUR ' : level === 'warn' ? 'ATTENTION ' : '';
    write(`${clock}  ${prefix}${message}`);
  };
  return {
    info: (event, message, fields) => emit('info', event, message, fields),
    warn: (event, message, fields) => emit('warn', event, message, fields),
    error: (event, message, fields) => emit('error', event, message, fields),
  };
}

/** A logger that keeps its lines, for tests. */
export function createMemoryLogger(): Logger & { lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({ json: true, write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return Object.assign(logger, { lines });
}
