import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestInbox } from '../ingest/index.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { inboxWithSamples, SAMPLES_DIR } from '../testing/writeInbox.js';
import type { Warehouse } from '../warehouse/index.js';
import { buildCleanTables, buildModel, CLEAN_TABLES } from './buildModel.js';
import { modelInputsDigest } from './modelInputs.js';

/** Tables built by their SQL (not by their own refresh), as the model step reports them. */
const bySql = CLEAN_TABLES.filter((m) => !m.refresh).map((m) => m.table);

describe('a clean table whose inputs did not change is left as it is', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  let inbox: string;
  const how = async (options: { asOf?: string } = {}) =>
    Object.fromEntries((await buildModel(wh, options)).tables.filter((t) => !t.incremental).map((t) => [t.table, t.refresh]));
  const content = async () => Object.fromEntries(await Promise.all(bySql.map(async (t) => [t, await wh.all(`SELECT * FROM ${t} ORDER BY ALL`)])));
  const ingest = (runId: string) => ingestInbox(wh, { inbox, runId });

  beforeEach(async () => {
    wh = await memoryWarehouse();
    inbox = inboxWithSamples(['ars/journees_01_2025-S36.csv', 'ars/volontaires_01_20250928.csv', 'ars/docteurs_juniors_76_20261130.csv']);
    await ingest('r1');
  });
  afterEach(() => wh.close());

  it('builds every table the first time, then leaves them all as they are, same rows', async () => {
    expect(new Set(Object.values(await how()))).toEqual(new Set(['complet']));
    const first = await content();
    expect(Object.entries(first).filter(([, rows]) => (rows as unknown[]).length > 0).map(([t]) => t).sort()).toEqual(['clean.docteurs_juniors', 'clean.docteurs_juniors_instantanes', 'clean.volontaires']);
    expect(new Set(Object.values(await how()))).toEqual(new Set(['inchange']));
    expect(await content()).toEqual(first);
  });

  it('rebuilds the tables of a source with a new file (here the same bytes under another week: a new version), only those', async () => {
    await how();
    cpSync(join(SAMPLES_DIR, 'ars', 'journees_01_2025-S36.csv'), join(inbox, 'ars', 'journees_01_2025-S37.csv'));
    cpSync(join(SAMPLES_DIR, 'ars', 'lieux_01_20260126.csv'), join(inbox, 'ars', 'lieux_01_20260126.csv'));
    await ingest('r2');
    const built = await how();
    expect(Object.entries(built).filter(([, r]) => r === 'complet').map(([t]) => t).sort()).toEqual(['clean.lieux']);
    const incremental = await content();
    // The same rows as a whole rebuild from raw.
    await buildCleanTables(wh);
    expect(await content()).toEqual(incremental);
  });

  it('rebuilds for a date that lets other files through (--jusqu-au), a table gone, and everything after a whole rebuild', async () => {
    await how();
    // Every sample is dated before 2026-12-31: the first date changes the SQL, the second lets the same files through.
    expect((await how({ asOf: '2026-12-31' }))['clean.volontaires']).toBe('complet');
    expect((await how({ asOf: '2027-06-30' }))['clean.volontaires']).toBe('inchange');
    // Before the volunteers' export (28/09/2025): its file is left out, the table changes.
    const before = await how({ asOf: '2025-09-01' });
    expect(before['clean.volontaires']).toBe('complet');
    expect(await wh.all('SELECT * FROM clean.volontaires')).toEqual([]);
    expect((await how({ asOf: '2027-06-30' }))['clean.volontaires']).toBe('complet');
    await wh.run('DROP TABLE clean.volontaires');
    const afterDrop = await how({ asOf: '2027-06-30' });
    expect(afterDrop['clean.volontaires']).toBe('complet');
    expect(afterDrop['clean.docteurs_juniors']).toBe('inchange');
    await buildCleanTables(wh);
    expect(new Set(Object.values(await how()))).toEqual(new Set(['complet']));
  });

  it('rebuilds a table that reads the referential when the referential changed', async () => {
    await how();
    // buildModel rebuilds the referential first: to see a change, read the digest against the changed table directly.
    const model = CLEAN_TABLES.find((m) => m.table === 'clean.docteurs_juniors')!;
    const before = await modelInputsDigest(wh, model, undefined);
    await wh.run("DELETE FROM ref.communes WHERE code_commune = (SELECT min(code_commune) FROM ref.communes)");
    expect(await modelInputsDigest(wh, model, undefined)).not.toBe(before);
  });
});
