import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openWarehouse } from '../warehouse/index.js';
import { inboxWithSamples } from '../testing/writeInbox.js';

/**
 * A process killed in the middle of an ingest (SIGKILL: no cleanup at all) leaves the warehouse as
 * it was: DuckDB never applies a transaction that was not committed.
 */
describe('an ingest killed part-way', () => {
  it('leaves the warehouse as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-kill-'));
    const warehouse = join(dir, 'warehouse.duckdb');
    const inbox = inboxWithSamples(['drees/zones_prioritaires_20250627.csv', 'ars/lieux_01_20260126.csv', 'cnam/patientele_mt_2025T3.csv']);
    const entry = pathToFileURL(fileURLToPath(new URL('../index.ts', import.meta.url))).href;
    const child = join(dir, 'child.mts');
    writeFileSync(
      child,
      `import { ingestInbox, openWarehouse } from ${JSON.stringify(entry)};
const wh = await openWarehouse(${JSON.stringify(warehouse)});
await ingestInbox(wh, { inbox: ${JSON.stringify(inbox)}, runId: 'tue', onProgress: () => {
  console.log('en cours');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000); // stays inside the transaction
} });
console.log('jamais');`,
    );
    // tsx's loader in this very process (its command line would run the script in a grandchild that SIGKILL would not reach)
    const proc = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), child], { stdio: ['ignore', 'pipe', 'inherit'] });
    const killed = await new Promise<boolean>((resolve, reject) => {
      proc.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('en cours')) resolve(proc.kill('SIGKILL'));
      });
      proc.on('exit', () => resolve(false));
      proc.on('error', reject);
    });
    expect(killed, 'the child must be killed inside its transaction').toBe(true);
    if (proc.exitCode === null && proc.signalCode === null) await new Promise((resolve) => proc.on('close', resolve));
    const wh = await openWarehouse(warehouse);
    try {
      expect(await wh.one('SELECT count(*) AS n FROM ledger.files')).toEqual({ n: 0 });
      expect(await wh.one('SELECT count(*) AS n FROM raw.drees_zones')).toEqual({ n: 0 });
    } finally {
      wh.close();
    }
  }, 60_000);
});
