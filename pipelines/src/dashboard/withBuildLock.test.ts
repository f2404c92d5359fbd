import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withBuildLock } from './withBuildLock.js';

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
        expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
        await new Promise((done) => setTimeout(done, 30));
        order.push(`${name} fin`);
      }, { pollMs: 5 });
    await Promise.all([build('a'), build('b')]);
    expect(order).toEqual(['a début', 'a fin', 'b début', 'b fin']);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const lock = join(dir, 'build.lock');
    writeFileSync(lock, '999999999');
    await expect(withBuildLock(lock, () => undefined, async () => 'ok')).resolves.toBe('ok');
  });

  it('gives up after its timeout when a live process holds the lock, saying which', async () => {
    const lock = join(dir, 'build.lock');
    writeFileSync(lock, String(process.ppid));
    const lines: string[] = [];
    await expect(
      withBuildLock(lock, (line) => lines.push(line), async () => 'jamais', { timeoutMs: 30, pollMs: 5 }),
    ).rejects.toThrow(new RegExp(`processus ${process.ppid}`));
    expect(lines[0]).toMatch(/attente/);
  });
});
