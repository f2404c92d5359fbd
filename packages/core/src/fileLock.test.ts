import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireFileLock, LockHeldError, readLockOwner, withFileLock } from './fileLock.js';

const tmpLock = () => join(mkdtempSync(join(tmpdir(), 'vigie-core-lock-')), 'x.lock');

describe('acquireFileLock', () => {
  it('refuses a second holder at once, naming the owner, and releases its file', async () => {
    const path = tmpLock();
    const first = await acquireFileLock(path, { command: 'vigie run' });
    expect(readLockOwner(path)).toMatchObject({ pid: process.pid, host: hostname(), command: 'vigie run' });
    const second = acquireFileLock(path, { command: 'vigie run' });
    await expect(second).rejects.toBeInstanceOf(LockHeldError);
    await expect(second).rejects.toThrow(new RegExp(`processus ${process.pid} .*« vigie run »`));
    first.release();
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(join(path, '..'))).toEqual([]); // no file left aside
  });

  it('waits for the holder, says so once, and acquires when it releases', async () => {
    const path = tmpLock();
    const first = await acquireFileLock(path, { command: 'a' });
    const waited: string[] = [];
    const second = acquireFileLock(path, {
      command: 'b',
      waitMs: 60_000,
      pollMs: 5,
      onWait: (owner) => {
        waited.push(owner.command);
        first.release(); // the holder ends while the second waits
      },
    });
    const lock = await second;
    expect(waited).toEqual(['a']);
    expect(readLockOwner(path)?.command).toBe('b');
    lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const path = tmpLock();
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = child.pid!;
    await new Promise((r) => child.on('exit', r));
    writeFileSync(path, JSON.stringify({ pid: deadPid, host: hostname(), since: new Date().toISOString(), command: 'vigie run' }));
    const stale: number[] = [];
    const lock = await acquireFileLock(path, { command: 'vigie run', onStale: (o) => stale.push(o.pid) });
    expect(stale).toEqual([deadPid]);
    expect(readLockOwner(path)?.pid).toBe(process.pid);
    lock.release();
  });

  it('a release by a former holder does not free the lock of the next one', async () => {
    const path = tmpLock();
    const first = await acquireFileLock(path, { command: 'a' });
    first.release();
    const second = await acquireFileLock(path, { command: 'b' });
    first.release();
    expect(readLockOwner(path)?.command).toBe('b');
    second.release();
  });
});

describe('withFileLock', () => {
  it('runs one holder at a time, in order, and releases even on error', async () => {
    const path = tmpLock();
    const order: string[] = [];
    const job = (name: string) =>
      withFileLock(path, { command: name, waitMs: 60_000, pollMs: 5 }, async () => {
        order.push(`${name} début`);
        await new Promise((done) => setImmediate(done));
        order.push(`${name} fin`);
      });
    await Promise.all([job('a'), job('b')]);
    expect(order).toEqual(['a début', 'a fin', 'b début', 'b fin']);
    await expect(withFileLock(path, { command: 'c' }, async () => Promise.reject(new Error('échec')))).rejects.toThrow('échec');
    expect(existsSync(path)).toBe(false);
  });

  it('throws the error of `whenHeld` when a live holder keeps the lock past the wait, and leaves its lock', async () => {
    const path = tmpLock();
    const holder = await acquireFileLock(path, { command: 'a' });
    let ran = false;
    const refused = withFileLock(path, { command: 'b', waitMs: 20, pollMs: 5, whenHeld: (held) => new Error(`occupé par « ${held.owner.command} »`) }, async () => {
      ran = true;
    });
    await expect(refused).rejects.toThrow('occupé par « a »');
    expect(ran).toBe(false);
    expect(readLockOwner(path)?.command).toBe('a');
    holder.release();
  });
});
