import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLockOwner } from '@vigie/core';
import { acquireWarehouseLock, WarehouseLockedError } from './warehouseLock.js';

const tmpWarehouse = () => join(mkdtempSync(join(tmpdir(), 'vigie-lock-')), 'warehouse.duckdb');

describe('acquireWarehouseLock', () => {
  it('refuses a second holder with a message naming the owner', async () => {
    const wh = tmpWarehouse();
    const first = await acquireWarehouseLock(wh, { command: 'vigie run' });
    const second = acquireWarehouseLock(wh, { command: 'vigie run' });
    await expect(second).rejects.toBeInstanceOf(WarehouseLockedError);
    await expect(second).rejects.toThrow(/processus \d+ .*--attendre/);
    first.release();
    expect(existsSync(`${wh}.lock`)).toBe(false);
  });

  it('waits for the holder to release when asked to wait, then acquires', async () => {
    const wh = tmpWarehouse();
    const first = await acquireWarehouseLock(wh, { command: 'a' });
    const waitedFor: string[] = [];
    const second = await acquireWarehouseLock(wh, {
      command: 'b',
      waitMs: 60_000,
      pollMs: 5,
      onWait: (owner) => {
        waitedFor.push(owner.command);
        first.release(); // the holder ends while the second one waits
      },
    });
    expect(waitedFor).toEqual(['a']);
    expect(readLockOwner(`${wh}.lock`)).toMatchObject({ pid: process.pid, command: 'b' });
    second.release();
    expect(existsSync(`${wh}.lock`)).toBe(false);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const wh = tmpWarehouse();
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = child.pid!;
    await new Promise((r) => child.on('exit', r));
    writeFileSync(`${wh}.lock`, JSON.stringify({ pid: deadPid, host: hostname(), since: new Date().toISOString(), command: 'vigie run' }));
    const stale: number[] = [];
    const lock = await acquireWarehouseLock(wh, { command: 'vigie run', onStale: (o) => stale.push(o.pid) });
    expect(stale).toEqual([deadPid]);
    lock.release();
  });
});
