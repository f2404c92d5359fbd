/**
 * Benchmark: cnam.actes at about 2 million rows. Writes weekly files in the contract's format
 * (Windows-1252, `;`, CRLF, decimal comma) to a temporary inbox, then times:
 *   1. a bare DuckDB read_csv of the same files into a table (types detected), and as text;
 *   2. ingestInbox on a fresh warehouse file (hash, checks, validation SQL, raw table, ledger);
 *   3. buildModel (clean.actes among the others).
 * Run: `npm run bench -w @vigie/etl` (ROWS=… WEEKS=… to change the size). Never part of the tests.
 */
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { formatDuration, formatNumber, withLuhnKey } from '@vigie/core';
import { buildModel, ingestInbox, openWarehouse } from '../src/index.js';

const ROWS = Number(process.env['ROWS'] ?? 2_000_000);
const WEEKS = Number(process.env['WEEKS'] ?? 4);
const HEADER =
  'id_acte;date_soins;num_rpps_executant;siret_lieu_execution;code_prestation;id_patient;tranche_age_patient;sexe_patient;patient_ald;patient_avec_mt;code_commune_residence;montant_base;montant_depassement';

/** Deterministic pseudo-random numbers (mulberry32). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeInbox(inbox: string): Promise<number> {
  mkdirSync(join(inbox, 'cnam'), { recursive: true });
  const rand = prng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const rpps = Array.from({ length: 3000 }, (_, i) => withLuhnKey(String(10_000_000_000 + i * 7919).slice(0, 10)));
  const sirets = Array.from({ length: 800 }, (_, i) => withLuhnKey(String(20_000_000_000_000 + i * 104_729).slice(0, 13)));
  const hex = '0123456789abcdef';
  const patients = Array.from({ length: 200_000 }, () => Array.from({ length: 64 }, () => hex[Math.floor(rand() * 16)]).join(''));
  const communes = ['01001', '2A004', '97411', '84019', '48080', '02001', '75056'];
  const codes = ['G', 'G', 'G', 'GS', 'VG', 'VGS', 'TCG', 'COE', 'APC'];
  const ages = ['0-17', '18-39', '40-59', '60-74', '75+'];
  let bytes = 0;
  const perWeek = Math.ceil(ROWS / WEEKS);
  for (let w = 0; w < WEEKS; w++) {
    const week = 37 + w;
    const monday = new Date(Date.UTC(2025, 8, 8 + 7 * w));
    const out = createWriteStream(join(inbox, 'cnam', `actes_mission_2025-S${week}.csv`));
    let chunk = `${HEADER}\r\n`;
    for (let i = 0; i < perWeek && w * perWeek + i < ROWS; i++) {
      const d = new Date(monday.getTime() + Math.floor(rand() * 7) * 86_400_000);
      const date = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
      const base = pick(['26,50', '30,00', '30,00', '60,00', '35,00']);
      chunk += `A${week}-${i};${date};${pick(rpps)};${pick(sirets)};${pick(codes)};${pick(patients)};${pick(ages)};${rand() < 0.52 ? 2 : 1};${rand() < 0.2 ? 1 : 0};${rand() < 0.8 ? 1 : 0};${pick(communes)};${base};0,00\r\n`;
      if (chunk.length > 1 << 20) {
        const buf = iconv.encode(chunk, 'windows-1252');
        bytes += buf.length;
        if (!out.write(buf)) await once(out, 'drain');
        chunk = '';
      }
    }
    const buf = iconv.encode(chunk, 'windows-1252');
    bytes += buf.length;
    out.end(buf);
    await once(out, 'close');
  }
  return bytes;
}

/** Wall-clock time, and CPU time of the process (DuckDB's threads included): on a shared machine the CPU time is the steadier figure. */
async function timed<T>(label: string, work: () => Promise<T>): Promise<{ ms: number; cpu: number; result: T }> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = await work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  const cpu = (used.user + used.system) / 1000;
  console.log(`${label.padEnd(52)} ${formatDuration(ms).padStart(10)}   CPU ${formatDuration(cpu).padStart(10)}`);
  return { ms, cpu, result };
}

const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-actes-'));
try {
  const inbox = join(dir, 'inbox');
  const { result: bytes } = await timed(`génération de ${formatNumber(ROWS)} actes (${WEEKS} fichiers)`, () => writeInbox(inbox));
  console.log(`taille : ${formatNumber(bytes / 1e6, 1)} Mo`);
  const glob = join(inbox, 'cnam', '*.csv');

  const bare = await openWarehouse(join(dir, 'bare.duckdb'));
  const typed = await timed('DuckDB read_csv seul (types détectés)', () =>
    bare.run(`CREATE TABLE actes AS SELECT * FROM read_csv('${glob}', delim = ';', header = true, decimal_separator = ',', dateformat = '%d/%m/%Y')`),
  );
  const text = await timed('DuckDB read_csv seul (tout en texte)', () =>
    bare.run(`CREATE TABLE actes_texte AS SELECT * FROM read_csv('${glob}', delim = ';', header = true, all_varchar = true)`),
  );
  bare.close();

  const wh = await openWarehouse(join(dir, 'warehouse.duckdb'));
  const ingest = await timed('ingestInbox (empreintes, contrôles, raw, registre)', () => ingestInbox(wh, { inbox, runId: 'bench' }));
  const loaded = ingest.result.files.reduce((n, f) => n + f.rowsLoaded, 0);
  const rejected = ingest.result.files.reduce((n, f) => n + f.rowsRejected, 0);
  console.log(`lignes chargées : ${formatNumber(loaded)}, rejetées : ${formatNumber(rejected)}`);
  await timed('buildModel (toutes les tables propres)', () => buildModel(wh));
  const again = await timed('ingestInbox à nouveau (rien de neuf)', () => ingestInbox(wh, { inbox, runId: 'bench-2' }));
  void again;
  wh.close();
  console.log(
    `rapport ingestInbox / read_csv seul (durée) : ${formatNumber(ingest.ms / typed.ms, 2)} (types détectés), ${formatNumber(ingest.ms / text.ms, 2)} (texte)`,
  );
  console.log(
    `rapport ingestInbox / read_csv seul (CPU)   : ${formatNumber(ingest.cpu / typed.cpu, 2)} (types détectés), ${formatNumber(ingest.cpu / text.cpu, 2)} (texte)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
