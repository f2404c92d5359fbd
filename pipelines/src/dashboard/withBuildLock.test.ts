import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLockOwner } from '@vigie/core';
import { withBuildLock } from './withBuildLock.js';

const owner = (pid: number) => JSON.stringify({ pid, host: hostname(), since: new Date().toISOString(), command: 'vigie dashboard' });

describe('withBuildLock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs one build at a time and releases the lock', async () => {
    const lock = join(dir, 'build.lock');
    const order: string[] = [];
    const build = (name: string) =>
      withBuildLock(lock, () => undefined, async () => {
        order.push(`${name} début`);
        expect(readLockOwner(lock)?.pid).toBe(process.pid);
        await new Promise((done) => setTimeout(done, 30));
        order.push(`${name} fin`);
      }, { pollMs: 5 });
    await Promise.all([build('a'), build('b')]);
    expect(order).toEqual(['a début', 'a fin', 'b début', 'b fin']);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const lock = join(dir, 'build.lock');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(lock, owner(dead));
    await expect(withBuildLock(lock, () => undefined, async () => 'ok')).resolves.toBe('ok');
    expect(existsSync(lock)).toBe(false);
  });

  it('gives up after its timeout when a live process holds the lock, saying which', async () => {
    const lock = join(dir, 'build.lock');
    writeFileSync(lock, owner(process.ppid));
    const lines: string[] = [];
    await expect(
      withBuildLock(lock, (line) => lines.push(line), async () => 'jamais', { timeoutMs: 30, pollMs: 5 }),
    ).rejects.toThrow(new RegExp(`processus ${process.ppid}`));
    expect(lines[0]).toMatch(/attente/);
    expect(readLockOwner(lock)?.pid).toBe(process.ppid); // the holder's lock is left alone
  });
});
