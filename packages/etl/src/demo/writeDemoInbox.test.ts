import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listFiles } from '../testing/listFiles.js';
import { readDemoCsv } from '../testing/readDemoCsv.js';
import { temporaryFolder } from '../testing/temporaryFolder.js';
import type { DemoSummary } from './demoTypes.js';
import { writeDemoInbox } from './writeDemoInbox.js';

const OPTIONS = { scale: 0.1, until: '2026-02-22', seed: 3 };

async function fingerprint(root: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const path of await listFiles(root)) hashes[path] = createHash('sha256').update(await readFile(join(root, path))).digest('hex');
  return hashes;
}

describe('writeDemoInbox', () => {
  const folders: { remove: () => Promise<void> }[] = [];
  let first: { path: string; summary: DemoSummary };
  let second: { path: string; summary: DemoSummary };

  beforeAll(async () => {
    const a = await temporaryFolder('demo-a');
    const b = await temporaryFolder('demo-b');
    folders.push(a, b);
    // Deux écritures à deux « heures » différentes : rien ne doit dépendre de l'horloge.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T08:00:00Z'));
    first = { path: a.path, summary: await writeDemoInbox({ ...OPTIONS, out: a.path }) };
    vi.setSystemTime(new Date('2027-07-14T21:43:17Z'));
    second = { path: b.path, summary: await writeDemoInbox({ ...OPTIONS, out: b.path }) };
    vi.useRealTimers();
  }, 60_000);
  afterAll(async () => {
    for (const f of folders) await f.remove();
  });

  it('écrit deux fois les mêmes octets pour les mêmes options', async () => {
    const [a, b] = [await fingerprint(first.path), await fingerprint(second.path)];
    expect(Object.keys(a).length).toBeGreaterThan(100);
    expect(b).toEqual(a);
    expect(second.summary.files).toEqual(first.summary.files);
    expect(second.summary.faults).toEqual(first.summary.faults);
  });

  it('change de contenu avec la graine', async () => {
    const other = await temporaryFolder('demo-c');
    folders.push(other);
    await writeDemoInbox({ ...OPTIONS, seed: 4, out: other.path });
    const [a, c] = [await fingerprint(first.path), await fingerprint(other.path)];
    expect(c['cnam/actes_mission_2026-S05.csv']).not.toEqual(a['cnam/actes_mission_2026-S05.csv']);
  }, 60_000);

  it('dresse un bilan exact : chaque fichier écrit, avec son nombre de lignes de données', async () => {
    const { summary } = first;
    expect(summary).toMatchObject({ out: first.path, until: '2026-02-22', scale: 0.1 });
    expect(summary.files.map((f) => f.path).sort()).toEqual(await listFiles(first.path));
    for (const file of summary.files.filter((f) => f.path.endsWith('.csv'))) {
      expect((await readDemoCsv(first.path, file.path)).rows.length, file.path).toBe(file.rows);
    }
  });

  it('reste petit à l’échelle 0,1', async () => {
    const rows = (source: string): number => first.summary.files.filter((f) => f.source === source).reduce((n, f) => n + f.rows, 0);
    expect(rows('cnam.actes')).toBeGreaterThan(100);
    expect(rows('cnam.actes')).toBeLessThan(10_000);
    expect(rows('ars.journees')).toBeLessThan(2_000);
    let bytes = 0;
    for (const path of await listFiles(first.path)) bytes += (await stat(join(first.path, path))).size;
    expect(bytes).toBeLessThan(10_000_000);
  });

  it('n’écrit aucune faute avec faults: false', async () => {
    const clean = await temporaryFolder('demo-clean');
    folders.push(clean);
    const summary = await writeDemoInbox({ ...OPTIONS, out: clean.path, faults: false });
    expect(summary.faults).toEqual([]);
    const faulty = new Set(first.summary.faults.map((f) => f.path));
    const [a, c] = [await fingerprint(first.path), await fingerprint(clean.path)];
    for (const path of Object.keys(a)) {
      if (faulty.has(path)) expect(c[path], path).not.toEqual(a[path]);
      else expect(c[path], path).toEqual(a[path]);
    }
  }, 60_000);

  it('refuse une date de fin qui n’est pas un dimanche, et une échelle nulle', async () => {
    await expect(writeDemoInbox({ out: first.path, until: '2026-02-23' })).rejects.toThrow(/dimanche/);
    await expect(writeDemoInbox({ out: first.path, until: '2025-08-31' })).rejects.toThrow(/dimanche/);
    await expect(writeDemoInbox({ out: first.path, scale: 0 })).rejects.toThrow(/Échelle/);
  });
});
