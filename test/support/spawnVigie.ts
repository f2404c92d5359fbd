import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './runVigie.js';

export interface SpawnedVigie {
  child: ChildProcess;
  /** Resolves with the exit code (null and the signal when killed). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  /** Resolves when a JSON log line matching `predicate` appears on stderr. */
  waitForLog(predicate: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
}

/** Starts `vigie …` in the background, reading its JSON log lines (stderr is not a terminal). */
export function spawnVigie(args: string[], env: Record<string, string>): SpawnedVigie {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/vigie.js'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ predicate: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }> = [];
  let pending = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    pending += d.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const text of lines) {
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(text) as Record<string, unknown>;
      } catch {
        continue;
      }
      for (const w of [...waiters]) {
        if (w.predicate(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return {
    child,
    exited,
    waitForLog: (predicate) =>
      new Promise((resolve, reject) => {
        waiters.push({ predicate, resolve });
        void exited.then((e) => reject(new Error(`vigie s'est terminé (code ${e.code}) avant l'événement attendu.\n${e.stderr.slice(-3000)}`)));
      }),
  };
}
