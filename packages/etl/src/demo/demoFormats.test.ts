import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchSource } from '../sources/matchSource.js';
import { sources } from '../sources/sources.js';
import { readDemoCsv } from '../testing/readDemoCsv.js';
import { temporaryFolder } from '../testing/temporaryFolder.js';
import { DemoOutput } from './demoOutput.js';
import type { DemoSummary } from './demoTypes.js';
import { FaultInjector } from './faultInjector.js';
import { writeDemoInbox } from './writeDemoInbox.js';

/** Les échantillons du contrat, copiés dans le paquet (présents dans tout clone, jamais sautés). */
const SAMPLES = fileURLToPath(new URL('../sources/samples/', import.meta.url));
const samples = readdirSync(SAMPLES, { recursive: true, encoding: 'utf8' }).map((p) => p.split(/[\\/]/).join('/'));

let root: string;
let summary: DemoSummary;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ path: root, remove } = await temporaryFolder('demo-formats'));
  summary = await writeDemoInbox({ out: root, scale: 0.1, until: '2026-02-22', seed: 5, insee: true });
}, 60_000);
afterAll(() => remove());

const csvFiles = (): string[] => summary.files.map((f) => f.path).filter((p) => p.endsWith('.csv'));
const firstOf = (source: string): string => summary.files.find((f) => f.source === source)?.path ?? '';

async function sheetRows(path: string): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets = new Map<string, unknown[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

describe('formats des extraits de démonstration', () => {
  it('écrit des fichiers de (presque) toutes les sources déclarées, chacun reconnu par sa source (registre des sources)', () => {
    // a new source may come without demo files (README, « Ajouter une source ») ; today's all have some
    const covered = sources.filter(({ id }) => summary.files.some((f) => f.source === id));
    expect(covered.length).toBeGreaterThanOrEqual(13);
    const misnamed = summary.files.filter((f) => matchSource(f.path)?.source.id !== f.source).map((f) => `${f.path} (${f.source})`);
    expect(misnamed).toEqual([]);
  });

  it('refuse d’écrire un fichier qu’aucune source déclarée ne reconnaît (la source d’un fichier vient du registre)', async () => {
    const output = new DemoOutput(root, new FaultInjector(1, false, []));
    await expect(output.openCsv({ path: 'ars/journees_76_2025-37.csv', encoding: 'utf-8', header: ['date'] })).rejects.toThrow(/« ars\/journees_76_2025-37\.csv » : aucune source déclarée ne reconnaît ce nom/);
    await expect(output.writeBytes('drees/apl.xlsx', 1, new Uint8Array())).rejects.toThrow(/aucune source déclarée/);
  });

  it('termine chaque ligne de chaque CSV par CRLF', async () => {
    for (const path of csvFiles()) {
      const { bytes } = await readDemoCsv(root, path);
      const text = bytes.toString('latin1');
      expect(text.endsWith('\r\n'), path).toBe(true);
      expect(text.replaceAll('\r\n', '').includes('\n') || text.replaceAll('\r\n', '').includes('\r'), path).toBe(false);
    }
  });

  it('met un BOM UTF-8 aux listes de zones, et à elles seules', async () => {
    for (const path of csvFiles()) {
      const { bytes } = await readDemoCsv(root, path);
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      expect(bom, path).toBe(path.startsWith('drees/zones_prioritaires_'));
    }
  });

  it('encode les fichiers CNAM en Windows-1252 (é = 0xE9) et les autres en UTF-8', async () => {
    const headcounts = await readFile(join(root, firstOf('cnam.effectifs')));
    expect(headcounts.includes(0xe9)).toBe(true);
    expect(headcounts.includes(Buffer.from('é', 'utf8'))).toBe(false);
    expect(iconv.decode(headcounts, 'windows-1252')).toContain('Médecins généralistes (hors médecins à expertise particulière)');
    for (const path of csvFiles().filter((p) => p.startsWith('cnam/'))) {
      const bytes = await readFile(join(root, path));
      expect(iconv.encode(iconv.decode(bytes, 'windows-1252'), 'windows-1252').equals(bytes), path).toBe(true);
    }
    const volunteers = await Promise.all(csvFiles().filter((p) => p.startsWith('ars/volontaires_')).map((p) => readDemoCsv(root, p)));
    const texts = volunteers.map((v) => v.text).join('');
    expect(Buffer.from(texts, 'utf8').includes(Buffer.from('é', 'utf8'))).toBe(true);
    // Un nom hors Windows-1252 (Nguyễn, Dvořák…) ne survit qu'en UTF-8.
    expect(iconv.decode(iconv.encode(texts, 'windows-1252'), 'windows-1252')).not.toBe(texts);
  });

  it('écrit les en-têtes de chaque source à l’identique dans tous ses fichiers', async () => {
    const headers = new Map<string, string>();
    for (const file of summary.files.filter((f) => f.path.endsWith('.csv') && !f.source.startsWith('insee.') && f.source !== 'drees.apl')) {
      const header = (await readDemoCsv(root, file.path)).header.join(';');
      expect(header, file.path).toBe(headers.get(file.source) ?? header);
      headers.set(file.source, header);
    }
    expect(headers.size).toBe(10);
  });

  it('range le classeur APL comme la DREES aujourd’hui : présentation, puis une feuille APL <AAAA> par année, en-tête ligne 9, ligne d’unités, notes finales', async () => {
    const sheets = await sheetRows(join(root, summary.files.find((f) => f.path.endsWith('.xlsx'))?.path ?? ''));
    expect([...sheets.keys()]).toEqual(['Présentation', 'APL 2022', 'APL 2023']);
    for (const [name, rows] of [...sheets].slice(1)) {
      expect(String(rows[0]?.[0])).toContain(name.slice(4));
      expect(rows[8]?.[0]).toBe('Code commune INSEE');
      expect(rows[8]).toContain('APL aux médecins généralistes de 65 ans ou moins');
      expect(rows[8]).toContain(`Population standardisée ${Number(name.slice(4)) - 2} pour la médecine générale`);
      expect(rows[9]?.[0] ?? null).toBeNull();
      const first = rows[10] ?? [];
      expect(first[0]).toMatch(/^[0-9AB]{5}$/);
      expect(typeof first[2]).toBe('number');
      expect(typeof first[6]).toBe('number');
      expect(String(rows.at(-1)?.[0])).toMatch(/^Champ : /);
    }
  });

  it('sépare le millésime INSEE des communes par des virgules, avec l’en-tête du COG', async () => {
    const text = (await readFile(join(root, 'insee/communes_2025.csv'), 'utf8')).split('\r\n');
    expect(text[0]).toBe('TYPECOM,COM,REG,DEP,CTCD,ARR,TNCC,NCC,NCCENR,LIBELLE,CAN,COMPARENT');
    expect(text.some((l) => l.startsWith('COM,01001,84,01,01D,'))).toBe(true);
  });
});

describe('en-têtes identiques à ceux des échantillons du contrat', () => {
  it('lit les échantillons du paquet', () => {
    expect(samples.filter((p) => p.endsWith('.csv')).length).toBeGreaterThanOrEqual(10);
    expect(samples.filter((p) => p.endsWith('.xlsx')).length).toBeGreaterThanOrEqual(1);
  });

  it.each(samples.filter((p) => p.endsWith('.csv')))('%s', async (samplePath) => {
    const source = matchSource(samplePath)?.source.id ?? '';
    expect(source, samplePath).not.toBe('');
    const sample = await readDemoCsv(SAMPLES, samplePath);
    const demo = await readDemoCsv(root, firstOf(source));
    expect(demo.header).toEqual(sample.header);
    expect(demo.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(sample.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
  });

  it('range le classeur APL de la démo comme l’échantillon du même nom (8 lignes de titre et de notes, en-tête ligne 9)', async () => {
    const compared = samples.filter((p) => p.endsWith('.xlsx') && summary.files.some((f) => f.path === p));
    expect(compared.length).toBeGreaterThanOrEqual(1);
    for (const samplePath of compared) {
      const sample = await sheetRows(join(SAMPLES, samplePath));
      const demo = await sheetRows(join(root, samplePath));
      expect([...demo.keys()], samplePath).toEqual([...sample.keys()]);
      for (const [name, rows] of sample) expect(demo.get(name)?.slice(0, 9), `${samplePath} ${name}`).toEqual(rows.slice(0, 9));
    }
  });
});
