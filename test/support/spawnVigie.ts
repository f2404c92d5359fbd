import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT, vigieCommand } from './runVigie.js';

export interface SpawnedVigie {
  child: ChildProcess;
  /** Resolves with the exit code (null and the signal when killed). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  /**
   * Resolves with the first JSON log line on stderr matching `predicate`, whether it was
   * written before or after the call; rejects if the process ends or `timeoutMs` passes first.
   */
  waitForLog(predicate: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
}

/** Starts `vigie …` in the background, reading its JSON log lines (stderr is not a terminal). */
export function spawnVigie(args: string[], env: Record<string, string>): SpawnedVigie {
  const child = spawn(process.execPath, [...vigieCommand(), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ predicate: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }> = [];
  const seen: Array<Record<string, unknown>> = [];
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
      seen.push(line);
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
    waitForLog: (predicate, timeoutMs = 120_000) =>
      new Promise((resolve, reject) => {
        // Lines often arrive several to a chunk: one already read must not be missed.
        const earlier = seen.find(predicate);
        if (earlier) return resolve(earlier);
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`aucune ligne de journal attendue après ${timeoutMs} ms.\n${stderr.slice(-3000)}`));
        }, timeoutMs);
        const waiter = {
          predicate,
          resolve: (l: Record<string, unknown>) => {
            clearTimeout(timer);
            resolve(l);
          },
        };
        waiters.push(waiter);
        void exited.then((e) => {
          clearTimeout(timer);
          reject(new Error(`vigie s'est terminé (code ${e.code}) avant l'événement attendu.\n${e.stderr.slice(-3000)}`));
        });
      }),
  };
}
