import { withFileLock, type FileLockOptions } from '@vigie/core';

/**
 * Runs `work` while holding the lock file `lockPath`, through the one lock of Vigie
 * (`withFileLock` of @vigie/core): two builds of the dashboard in the same checkout (a scheduled
 * run and `vigie dashboard`, two test runs) would overwrite each other's files. Waits while
 * another live process holds it (saying so once in `log`); takes over a lock left by a process
 * that no longer exists; gives up after `timeoutMs` (30 min by default).
 */
export async function withBuildLock<T>(
  lockPath: string,
  log: (line: string) => void,
  work: () => Promise<T>,
  options: { timeoutMs?: number; pollMs?: number } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  const lock: FileLockOptions = {
    command: 'construction du tableau de bord',
    waitMs: timeoutMs,
    pollMs: options.pollMs ?? 2000,
    onWait: (owner) => log(`Une autre construction du tableau de bord est en cours (processus ${owner.pid}) : attente de sa fin…`),
    whenHeld: (held) =>
      new Error(
        `Une autre construction du tableau de bord (processus ${held.owner.pid}) tient ${lockPath} depuis plus de ` +
          `${Math.round(timeoutMs / 60_000)} min. Attendez sa fin, ou arrêtez ce processus, puis relancez.`,
      ),
  };
  return withFileLock(lockPath, lock, work);
}
