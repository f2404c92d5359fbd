import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `work` while holding the lock file `lockPath` (the process id inside): two builds of the
 * dashboard in the same checkout (a scheduled run and `vigie dashboard`, two test runs) would
 * overwrite each other's files. Waits while another live process holds it; takes over a lock
 * left by a process that no longer exists.
 */
export async function withBuildLock<T>(
  lockPath: string,
  log: (line: string) => void,
  work: () => Promise<T>,
  options: { timeoutMs?: number; pollMs?: number } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  const pollMs = options.pollMs ?? 2000;
  const deadline = Date.now() + timeoutMs;
  mkdirSync(dirname(lockPath), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(readFileSync(lockPath, 'utf8').trim(), 10);
    if (!Number.isFinite(holder) || !isAlive(holder)) {
      rmSync(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Une autre construction du tableau de bord (processus ${holder}) tient ${lockPath} depuis plus de ` +
          `${Math.round(timeoutMs / 60_000)} min. Attendez sa fin, ou arrêtez ce processus, puis relancez.`,
      );
    }
    if (!announced) {
      log(`Une autre construction du tableau de bord est en cours (processus ${holder}) : attente de sa fin…`);
      announced = true;
    }
    await sleep(pollMs);
  }
  try {
    return await work();
  } finally {
    try {
      if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) rmSync(lockPath, { force: true });
    } catch {
      // already gone
    }
  }
}
