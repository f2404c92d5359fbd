import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { hostname } from 'node:os';

/**
 * A lock across processes on one warehouse: a file `<warehouse>.lock` created exclusively, holding
 * the owner's pid, host and start time. A lock whose process no longer exists on this host is
 * stale and is taken over. Two `vigie run` on the same warehouse never both write.
 */
export interface LockOwner {
  pid: number;
  host: string;
  since: string;
  command: string;
}

export class WarehouseLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly owner: LockOwner,
  ) {
    super(
      `L'entrepôt est déjà utilisé par une autre exécution (processus ${owner.pid} sur ${owner.host}, ` +
        `« ${owner.command} », depuis ${new Date(owner.since).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })}). ` +
        `Attendez qu'elle se termine, ou relancez avec --attendre SECONDES. ` +
        `Si ce processus n'existe plus, le verrou ${lockPath} sera repris automatiquement.`,
    );
    this.name = 'WarehouseLockedError';
  }
}

export interface LockOptions {
  command: string;
  /** How long to wait for the lock, in milliseconds (0: refuse at once). */
  waitMs?: number;
  pollMs?: number;
  onStale?: (owner: LockOwner) => void;
  onWait?: (owner: LockOwner) => void;
}

export interface HeldLock {
  path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

function tryCreate(path: string, owner: LockOwner): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, JSON.stringify(owner));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

export async function acquireWarehouseLock(warehousePath: string, options: LockOptions): Promise<HeldLock> {
  const path = `${warehousePath}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command: options.command };
  const deadline = Date.now() + (options.waitMs ?? 0);
  let announced = false;
  for (;;) {
    if (tryCreate(path, me)) {
      return {
        path,
        release: () => {
          const current = readOwner(path);
          if (current?.pid === me.pid && current.host === me.host) rmSync(path, { force: true });
        },
      };
    }
    const owner = readOwner(path);
    if (!owner || (owner.host === me.host && !isAlive(owner.pid))) {
      // Stale: its process is gone (killed), or the file is unreadable (a crash mid-write).
      if (owner) options.onStale?.(owner);
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) throw new WarehouseLockedError(path, owner);
    if (!announced) {
      options.onWait?.(owner);
      announced = true;
    }
    await new Promise((r) => setTimeout(r, options.pollMs ?? 500));
  }
}
