import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_TABLES, openWarehouse, type DemoSummary } from '@vigie/etl';
import { demoInbox } from '../support/demoInbox.js';
import { runVigieOk } from '../support/runVigie.js';

/**
 * Issue #3: a demo inbox with its faulty rows, dropped all at once into one warehouse, and in
 * shuffled batches (each followed by an ingest) then ingested once more into another, gives the
 * same clean tables, the same ledger totals and the same rejected rows.
 */

async function snapshot(warehouse: string) {
  const wh = await openWarehouse(warehouse, { readOnly: true });
  try {
    const tables: Record<string, string> = {};
    for (const { table: t } of CLEAN_TABLES) {
      const rows = await wh.all(`SELECT * FROM ${t} ORDER BY ALL`);
      tables[t] = `${rows.length}:${createHash('sha256').update(JSON.stringify(rows)).digest('hex')}`;
    }
    const ledger = await wh.all(
      `SELECT source_id, count(*) AS files, sum(rows_loaded) AS loaded, sum(rows_rejected) AS rejected,
              sum(rows_read) = sum(rows_loaded) + sum(rows_rejected) AS balanced
       FROM ledger.files GROUP BY ALL ORDER BY ALL`,
    );
    const rejects = await wh.all(`SELECT path, line, column_name, message FROM ledger.rejects ORDER BY ALL`);
    return { tables, ledger, rejects };
  } finally {
    wh.close();
  }
}

/** A deterministic shuffle (seeded), so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 48271) % 2147483647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('order does not matter (ingest)', () => {
  let root: string;
  let demo: DemoSummary;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'vigie-order-'));
    demo = await demoInbox({ out: join(root, 'demo'), scale: 0.1, until: '2025-11-30' });
  });

  it('gives the same clean tables, ledger and rejects whatever the order and batches of arrival', async () => {
    const all = { VIGIE_INBOX: join(root, 'demo'), VIGIE_WAREHOUSE: join(root, 'a', 'warehouse.duckdb') };
    runVigieOk(['ingest'], all);

    const inbox = join(root, 'b-inbox');
    const env = { VIGIE_INBOX: inbox, VIGIE_WAREHOUSE: join(root, 'b', 'warehouse.duckdb') };
    mkdirSync(inbox, { recursive: true });
    const files = shuffled(demo.files.map((f) => f.path), 20251130);
    const third = Math.ceil(files.length / 3);
    for (const batch of [files.slice(0, third), files.slice(third, 2 * third), files.slice(2 * third)]) {
      for (const path of batch) {
        mkdirSync(dirname(join(inbox, path)), { recursive: true });
        cpSync(join(root, 'demo', path), join(inbox, path));
      }
      runVigieOk(['ingest'], env);
    }
    runVigieOk(['ingest'], env); // twice: nothing new

    const a = await snapshot(all.VIGIE_WAREHOUSE);
    const b = await snapshot(env.VIGIE_WAREHOUSE);
    expect(a.ledger.every((r) => r['balanced'] === true)).toBe(true);
    expect(b.tables).toEqual(a.tables);
    expect(b.ledger).toEqual(a.ledger);
    expect(b.rejects).toEqual(a.rejects);
    expect(a.rejects.length).toBeGreaterThanOrEqual(demo.faults.length);
  });
});
