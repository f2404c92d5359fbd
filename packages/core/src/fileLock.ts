import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { formatParisDateTime } from './parisDate.js';

/**
 * The one lock across processes of Vigie (the warehouse, the dashboard build): a file holding
 * its owner (pid, host, start, command), created atomically (written aside, then hard-linked:
 * nobody ever reads a half-written owner). A lock whose process no longer exists on this host is
 * stale and is taken over. A holder waits up to `waitMs`, then gets a `LockHeldError`.
 */
export interface LockOwner {
  pid: number;
  host: string;
  since: string;
  command: string;
  /** Tells apart two holders in one process (two builds started together, a test). */
  token?: string;
}

export class LockHeldError extends Error {
  constructor(
    readonly lockPath: string,
    readonly owner: LockOwner,
  ) {
    super(
      `Le verrou ${lockPath} est tenu par le processus ${owner.pid} sur ${owner.host} (« ${owner.command} », ` +
        `depuis ${formatParisDateTime(owner.since)}). ` +
        `Attendez sa fin ; si ce processus n'existe plus, le verrou sera repris automatiquement.`,
    );
    this.name = 'LockHeldError';
  }
}

export interface FileLockOptions {
  /** Who holds it, for the message of whoever waits (`vigie run`). */
  command: string;
  /** How long to wait for the lock, in milliseconds (0: refuse at once). */
  waitMs?: number;
  pollMs?: number;
  onStale?: (owner: LockOwner) => void;
  /** Called once, when the lock is held by another live process and we wait. */
  onWait?: (owner: LockOwner) => void;
  /** The error to throw instead of the `LockHeldError` when the wait ends: what the command's user should do. */
  whenHeld?: (held: LockHeldError) => Error;
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

/** The owner written in a lock file; undefined when it vanished or is not an owner. */
export function readLockOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner?.pid === 'number' && typeof owner.host === 'string' ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

function tryCreate(path: string, owner: LockOwner): boolean {
  const aside = `${path}.${owner.pid}.${owner.token ?? 'aside'}`;
  writeFileSync(aside, JSON.stringify(owner));
  try {
    linkSync(aside, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(aside, { force: true });
  }
}

export async function acquireFileLock(path: string, options: FileLockOptions): Promise<HeldLock> {
  mkdirSync(dirname(path), { recursive: true });
  const token = randomUUID();
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command: options.command, token };
  const deadline = Date.now() + (options.waitMs ?? 0);
  let announced = false;
  for (;;) {
    if (tryCreate(path, me)) {
      return {
        path,
        release: () => {
          const current = readLockOwner(path);
          if (current?.pid === me.pid && current.host === me.host && current.token === token) rmSync(path, { force: true });
        },
      };
    }
    const owner = readLockOwner(path);
    if (!owner || (owner.host === me.host && !isAlive(owner.pid))) {
      // Stale: its process is gone (killed), or the file is not an owner (another program's file).
      if (owner) options.onStale?.(owner);
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      const held = new LockHeldError(path, owner);
      throw options.whenHeld ? options.whenHeld(held) : held;
    }
    if (!announced) {
      options.onWait?.(owner);
      announced = true;
    }
    await sleep(options.pollMs ?? 500);
  }
}

/** Runs `work` while holding the lock `path`, and releases it whatever happens. */
export async function withFileLock<T>(path: string, options: FileLockOptions, work: () => Promise<T>): Promise<T> {
  const lock = await acquireFileLock(path, options);
  try {
    return await work();
  } finally {
    lock.release();
  }
}
