import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '@vigie/etl';
import { DAMAGES, seededRandom, type Damage } from '../support/damageFile.js';
import { REPO_ROOT, runVigieOk } from '../support/runVigie.js';

/**
 * Issue #10: no damaged file stops a run. Every sample of the contract (copies kept with the
 * sources) is damaged at random — cut at a random offset, random bytes flipped, re-encoded,
 * another delimiter, other line ends, a quote left open, a line of several megabytes, emptied,
 * replaced by binary, a workbook replaced by a CSV or a password-protected file — and dropped in
 * an inbox with the sound samples. Every run ends with exit 0; every damaged file is in the
 * ledger with its rows accounted for (read = loaded + rejected), and every damaged file that
 * cannot pass for a sound one is in `vigie rejects` with a French message; the published values
 * equal those of the sound samples alone.
 *
 * Why the values must be equal: each damaged copy is dropped under a name that dates it after
 * the run's date (`--jusqu-au`, with `--publier`): a CSV as week 2027-S10, day 2027-03-10…, so
 * the model ignores whatever of it was loaded (buildModel({ asOf }) skips extracts dated after
 * asOf), while ingest reads and checks it in full like any file. A workbook's date comes from
 * its sheet names (APL_2024), not from its name: its damaged copy goes to a sub-folder of drees/
 * and, since every part of a workbook is checked against its CRC-32 before reading, it is either
 * rejected whole or holds exactly the sound workbook's cells (a flipped byte in a zip field no
 * reader uses): the same values, so the latest version of each key is unchanged.
 *
 * The seed is printed; `VIGIE_FAULT_SEED=<seed>` replays the same damages.
 */
const SAMPLES = join(REPO_ROOT, 'packages/etl/src/sources/samples');
const AS_OF = '2025-10-31';
const RUNS = 3;
const PER_RUN = 10;
const XLSX_PER_RUN = 3;
const seed = Number(process.env['VIGIE_FAULT_SEED'] ?? Date.now() % 2 ** 31);

function samplePaths(dir = SAMPLES, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.')) return [];
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? samplePaths(join(dir, e.name), rel) : [rel];
  });
}

/** The name of the k-th damaged copy: dated after AS_OF (CSV), or in a sub-folder (workbook). */
function damagedName(path: string, k: number): string {
  if (path.endsWith('.xlsx')) return path.replace(/^([^/]+)\//, `$1/abime_${k}/`);
  const renamed = path
    .replace(/\d{4}-S\d{2}(?=\.csv$)/, `2027-S${10 + (k % 40)}`)
    .replace(/\d{8}(?=\.csv$)/, `2027${String(1 + (k % 12)).padStart(2, '0')}${String(1 + Math.floor(k / 12)).padStart(2, '0')}`)
    .replace(/\d{4}-\d{2}(?=\.csv$)/, `2027-${String(1 + (k % 12)).padStart(2, '0')}`)
    .replace(/\d{4}T\d(?=\.csv$)/, `${2027 + Math.floor(k / 4)}T${1 + (k % 4)}`)
    .replace(/(?<![\dS-])\d{4}(?=\.csv$)/, `${2027 + k}`);
  if (renamed === path) throw new Error(`aucune date à changer dans le nom de l'échantillon ${path}`);
  return renamed;
}

interface Dropped {
  path: string;
  sample: string;
  damage: Damage;
  detectable: boolean;
}

function writeFile(root: string, rel: string, bytes: Buffer): void {
  const target = join(root, ...rel.split('/'));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
}

async function query<T extends Record<string, unknown>>(sql: string, warehouse = ':memory:'): Promise<T[]> {
  const wh = await openWarehouse(warehouse, warehouse === ':memory:' ? {} : { readOnly: true });
  try {
    return await wh.all<T>(sql);
  } finally {
    wh.close();
  }
}

const runArgs = (inbox: string, warehouse: string) => ['run', '--inbox', inbox, '--warehouse', warehouse, '--jusqu-au', AS_OF, '--publier', '--sans-tableau-de-bord'];

async function exportedValues(warehouse: string, out: string): Promise<string[]> {
  runVigieOk(['export', '--out', out, '--warehouse', warehouse]);
  const rows = await query<Record<string, string | null>>(
    `SELECT * EXCLUDE (run_id) FROM read_csv('${out}', delim = ';', header = true, all_varchar = true) ORDER BY ALL`,
  );
  return rows.map((r) => Object.values(r).join(';'));
}

describe('fault injection: damaged samples dropped with sound ones', () => {
  let root: string;
  let sound: string[];
  const samples = samplePaths();
  const workbooks = samples.filter((p) => p.endsWith('.xlsx'));
  const csvs = samples.filter((p) => !p.endsWith('.xlsx'));

  beforeAll(async () => {
    console.log(`faultInjection : graine ${seed} (rejouer : VIGIE_FAULT_SEED=${seed})`);
    root = mkdtempSync(join(tmpdir(), 'vigie-fault-'));
    cpSync(SAMPLES, join(root, 'sound'), { recursive: true, filter: (src) => !src.split('/').pop()?.startsWith('.') });
    runVigieOk(runArgs(join(root, 'sound'), join(root, 'sound-wh', 'warehouse.duckdb')));
    sound = await exportedValues(join(root, 'sound-wh', 'warehouse.duckdb'), join(root, 'sound.csv'));
  });

  it(`${RUNS} runs of ${PER_RUN} damaged files each: exit 0, every damage reported, the values of the sound files alone`, async () => {
    expect(sound.length).toBeGreaterThan(0);
    const random = seededRandom(seed);
    const inbox = join(root, 'inbox');
    const warehouse = join(root, 'wh', 'warehouse.duckdb');
    // The first run holds the sound files too: a damaged CSV is read in the same DuckDB scan as
    // the sound file of its layout, and must not take it down with it.
    cpSync(join(root, 'sound'), inbox, { recursive: true });
    const kinds = { csv: DAMAGES.filter((d) => d.appliesTo !== 'xlsx'), xlsx: DAMAGES.filter((d) => d.appliesTo !== 'csv') };
    const used = { csv: random.int(kinds.csv.length), xlsx: random.int(kinds.xlsx.length) };
    const dropped: Dropped[] = [];
    for (let run = 0; run < RUNS; run++) {
      const batch: Dropped[] = [];
      for (let i = 0; i < PER_RUN; i++) {
        const k = run * PER_RUN + i;
        // The first slots of each run go to workbooks, the others to CSV files, each list in turn.
        const sample = (i < XLSX_PER_RUN ? workbooks[(run * XLSX_PER_RUN + i) % workbooks.length] : csvs[(run * PER_RUN + i) % csvs.length]) as string;
        const format = sample.endsWith('.xlsx') ? 'xlsx' : 'csv';
        const damage = kinds[format][used[format]++ % kinds[format].length] as Damage;
        const bytes = readFileSync(join(SAMPLES, ...sample.split('/')));
        const path = damagedName(sample, k);
        writeFile(inbox, path, damage.apply(bytes, random, isUtf8(bytes) ? 'utf-8' : 'windows-1252'));
        const detectable = typeof damage.detectable === 'function' ? damage.detectable(bytes) : damage.detectable;
        batch.push({ path, sample, damage, detectable });
      }
      const result = runVigieOk(runArgs(inbox, warehouse));
      expect(result.status, `exécution ${run + 1}`).toBe(0);
      dropped.push(...batch);
      expect(await exportedValues(warehouse, join(root, `run-${run}.csv`)), `valeurs publiées après l'exécution ${run + 1}`).toEqual(sound);
    }

    const rejectsCsv = join(root, 'rejets.csv');
    runVigieOk(['rejects', '--out', rejectsCsv, '--warehouse', warehouse]);
    const rejects = await query<{ fichier: string; message: string }>(
      `SELECT fichier, message FROM read_csv('${rejectsCsv}', delim = ';', quote = '"', header = true, all_varchar = true)`,
    );
    const ledger = await query<{ path: string; status: string; rows_read: number; rows_loaded: number; rows_rejected: number; message: string | null }>(
      'SELECT path, status, rows_read, rows_loaded, rows_rejected, message FROM ledger.files',
      warehouse,
    );
    const outcome = new Map<string, number>();
    for (const d of dropped) {
      const where = `${d.path} (${d.sample}, ${d.damage.name}, graine ${seed})`;
      const file = ledger.find((f) => f.path === d.path);
      expect(file, where).toBeDefined();
      expect(file!.rows_read, where).toBe(file!.rows_loaded + file!.rows_rejected);
      const mine = rejects.filter((r) => r.fichier === d.path);
      if (d.detectable) expect(mine.length, `${where} : absent de vigie rejects`).toBeGreaterThan(0);
      if (file!.status === 'rejete') expect(mine.map((r) => r.message), where).toEqual([`fichier rejeté en entier : ${file!.message}`]);
      for (const r of mine) {
        expect(r.message, where).toMatch(/ (attendu|attendue|attendues|n'est pas|trouvé|guillemets|champs|rejeté|vide)/);
        expect(r.message, where).not.toMatch(/\b(Error|error|Invalid|Cannot|undefined|NaN|at line)\b/);
      }
      const key = `${d.damage.name} → ${file!.status}`;
      outcome.set(key, (outcome.get(key) ?? 0) + 1);
    }
    console.log([...outcome.entries()].sort().map(([k, n]) => `  ${k} : ${n}`).join('\n'));
    rmSync(root, { recursive: true, force: true });
  });
});
