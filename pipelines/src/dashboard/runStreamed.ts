import { spawn } from 'node:child_process';

export interface RunStreamedOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Receives every line the command prints (stdout and stderr). */
  onLine?: (line: string) => void;
}

/**
 * Runs a command, forwards its output line by line, and resolves with the last lines it printed.
 * Rejects when the command cannot start or exits with another code than 0; the error carries the
 * command, its exit code and its last lines.
 */
export function runStreamed(command: string, args: string[], options: RunStreamedOptions): Promise<string[]> {
  const onLine = options.onLine ?? ((line: string) => process.stdout.write(`${line}\n`));
  const tail: string[] = [];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const forward = (stream: NodeJS.ReadableStream) => {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        pending += chunk;
        const lines = pending.split(/\r?\n/);
        pending = lines.pop() ?? '';
        for (const line of lines) emit(line);
      });
      stream.on('end', () => {
        if (pending) emit(pending);
      });
    };
    const emit = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      onLine(line);
    };
    forward(child.stdout);
    forward(child.stderr);
    child.on('error', (error) => reject(new Error(`Impossible de lancer \`${command} ${args.join(' ')}\` dans ${options.cwd} : ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise(tail);
      else {
        const why = signal ? `interrompue (${signal})` : `terminée avec le code ${code}`;
        reject(new Error(`\`${command} ${args.join(' ')}\` ${why} dans ${options.cwd}. Dernières lignes :\n${tail.join('\n')}`));
      }
    });
  });
}
