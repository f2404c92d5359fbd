import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '../warehouse/index.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { type FixtureFile, SAMPLES_DIR, writeInbox } from '../testing/writeInbox.js';
import { ingestInbox } from './ingestInbox.js';

/**
 * Issue #10: no damaged file stops a run. Each damaged file, dropped with a sound one, is rejected
 * whole with a French message saying what was expected, what was found and what to do (or, when
 * only some of its lines are damaged, those lines are rejected), and the sound file is loaded.
 */
const JOURNEES = 'date;num_rpps;siret_lieu;creneau;statut;nb_rdv_proposes;nb_rdv_pris';
const ROW = '08/09/2025;10275067071;88153952193870;JOURNEE;REALISEE;10;8';
const SOUND: FixtureFile = { path: 'ars/journees_01_2025-S38.csv', lines: [JOURNEES, ROW] };
const DAMAGED = 'ars/journees_01_2025-S37.csv';
const text = (s: string) => Buffer.from(s, 'utf8');
const APL = "drees/Indicateur d'accessibilité potentielle localisée (APL) aux médecins généralistes.xlsx";

async function ingestWithSound(wh: Warehouse, damaged: FixtureFile, options: { workbookDeadlineMs?: () => number } = {}) {
  const inbox = writeInbox([damaged, SOUND]);
  const summary = await ingestInbox(wh, { inbox, runId: 'r1', ...options }).finally(() => rmSync(inbox, { recursive: true, force: true }));
  const byPath = new Map(summary.files.map((f) => [f.path, f]));
  expect(byPath.get(SOUND.path)).toMatchObject({ status: 'charge', rowsLoaded: 1 });
  const file = byPath.get(damaged.path);
  if (!file) throw new Error(`${damaged.path} absent du résumé`);
  return file;
}

/** The sample workbook with `extra` more data rows on each APL sheet: big enough to be streamed in many chunks. */
async function bigWorkbook(extra: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(SAMPLES_DIR, ...APL.split('/')));
  for (const ws of workbook.worksheets.filter((w) => /^APL/.test(w.name))) {
    const last = ws.getRow(ws.actualRowCount).values as unknown[];
    for (let i = 0; i < extra; i++) ws.addRow(last.slice(1).map((v, k) => (k === 0 ? String(10000 + (i % 80000)).padStart(5, '0') : v)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('ingestInbox: a damaged file never stops the run', { timeout: 120_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  const wholeRejects: Array<[string, Buffer, RegExp]> = [
    ['an empty file', Buffer.alloc(0), /fichier vide ou sans en-tête en ligne 1\. En-tête attendu : date;/],
    ['UTF-16 with its byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${JOURNEES}\r\n${ROW}\r\n`, 'utf16le')]), /UTF-8 attendu, UTF-16 trouvé\. Réenregistrez-le en UTF-8/],
    ['UTF-16 without byte order mark', Buffer.from(`${JOURNEES}\r\n${ROW}\r\n`, 'utf16le'), /octet 0x00 à la ligne 1 : ce n'est pas un fichier texte CSV en UTF-8/],
    ['a workbook named .csv', readFileSync(join(SAMPLES_DIR, ...APL.split('/'))), /fichier texte CSV attendu, mais c'est une archive zip \(un classeur Excel \.xlsx \?\)\. Enregistrez-le au format CSV \(séparateur « ; », UTF-8\)/],
    ['a PDF named .csv', text('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), /fichier texte CSV attendu, mais c'est un document PDF/],
    ['the wrong delimiter', text(`${JOURNEES.replaceAll(';', ',')}\r\n${ROW.replaceAll(';', ',')}\r\n`), /séparateur « ; » attendu, mais l'en-tête \(ligne 1\) est découpé par « , »/],
    ['a tab delimiter', text(`${JOURNEES.replaceAll(';', '\t')}\r\n`), /séparateur « ; » attendu, mais l'en-tête \(ligne 1\) est découpé par « tabulation »/],
    ['a lone CR among CRLF (which DuckDB would cut badly)', text(`${JOURNEES}\r\n${ROW}\r\n${ROW}\r${ROW}\r\n`), /fins de ligne CRLF \(Windows\) ou LF \(Unix\) attendues, mais la ligne 3 contient un retour chariot seul/],
    ['old Mac line ends', text(`${JOURNEES}\r${ROW}\r`), /la ligne 1 contient un retour chariot seul/],
    ['a line longer than 16 MB', text(`${JOURNEES}\r\n${ROW}\r\n${'x'.repeat(17 << 20)}\r\n${ROW}\r\n`), /lignes d'au plus 16 Mo attendues, mais la ligne 3 en fait 17,0 Mo/],
  ];
  for (const [what, bytes, message] of wholeRejects) {
    it(`rejects whole ${what}, in French, and loads the sound file`, async () => {
      const file = await ingestWithSound(wh, { path: DAMAGED, bytes });
      expect(file.status).toBe('rejete');
      expect(file.message).toMatch(message);
      const rejects = await wh.all<{ message: string }>(`SELECT message FROM ledger.rejects WHERE path = '${DAMAGED}'`);
      expect(rejects).toEqual([{ message: `fichier rejeté en entier : ${file.message}` }]);
    });
  }

  it('tells the progress listener why a file was rejected (the log shows it without `vigie rejects`)', async () => {
    const events: Array<{ file: string; status: string; detail: string | null }> = [];
    await ingestInbox(wh, { inbox: writeInbox([{ path: DAMAGED, bytes: Buffer.alloc(0) }, SOUND]), runId: 'r1', onProgress: (e) => events.push(e) });
    expect(events.find((e) => e.file === DAMAGED)).toMatchObject({ status: 'rejete', detail: expect.stringMatching(/^fichier vide ou sans en-tête en ligne 1/) });
  });

  it('reads mixed CRLF and LF line ends (nothing is lost: every line loaded)', async () => {
    const file = await ingestWithSound(wh, { path: DAMAGED, bytes: text(`${JOURNEES}\r\n${ROW}\n${ROW.replace('08/09', '09/09')}\r\n${ROW.replace('08/09', '10/09')}\n`) });
    expect(file).toMatchObject({ status: 'charge', rowsRead: 3, rowsLoaded: 3 });
  });

  it('keeps the sound lines of a file with a quote left open, and says which lines the open quote swallowed', async () => {
    const file = await ingestWithSound(wh, { path: DAMAGED, lines: [JOURNEES, ROW, `${ROW.slice(0, 11)}"${ROW.slice(11)}`, ROW, ROW] });
    expect(file).toMatchObject({ status: 'charge_avec_rejets', rowsRead: 2, rowsLoaded: 1, rowsRejected: 1 });
    const reject = await wh.one<{ line: number; message: string }>(`SELECT line, message FROM ledger.rejects WHERE path = '${DAMAGED}'`);
    expect(reject).toMatchObject({ line: 3 });
    expect(reject?.message).toMatch(/^ligne 3 : guillemets mal appariés : un guillemet ouvert n'est pas refermé, les lignes 3 à 5 forment un seul enregistrement/);
  });

  it('keeps a line of several megabytes out of the messages (value cut, the line rejected)', async () => {
    const long = `08/09/2025;${'9'.repeat(5 << 20)};88153952193870;JOURNEE;REALISEE;10;8`;
    const file = await ingestWithSound(wh, { path: DAMAGED, lines: [JOURNEES, ROW, long] });
    expect(file).toMatchObject({ status: 'charge_avec_rejets', rowsRead: 2, rowsRejected: 1 });
    const reject = await wh.one<{ value: string; message: string }>(`SELECT value, message FROM ledger.rejects WHERE path = '${DAMAGED}'`);
    expect(reject?.message.length).toBeLessThan(400);
    expect(reject?.message).toMatch(/^ligne 3, colonne "num_rpps" : "9{200}…" /);
    expect(reject?.value).toBe(`${'9'.repeat(1000)}…`);
  });

  it('rejects a truncated workbook whose streaming read never ended (exit 13 before), and loads the sound file', async () => {
    const bytes = await bigWorkbook(6000);
    const file = await ingestWithSound(wh, { path: APL, bytes: bytes.subarray(0, Math.floor(bytes.length * 0.8)) });
    expect(file.status).toBe('rejete');
    expect(file.message).toMatch(/^classeur Excel \(\.xlsx\) attendu, mais archive tronquée : la fin de l'archive \(répertoire central\) est introuvable/);
  });

  it('rejects a workbook with one altered byte inside a sheet (CRC-32), a password-protected one, a CSV named .xlsx', async () => {
    const sound = await bigWorkbook(10);
    const sheetAt = sound.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length + 40;
    const flipped = Buffer.from(sound);
    flipped[sheetAt] = (flipped[sheetAt] as number) ^ 0x10;
    expect((await ingestWithSound(wh, { path: APL, bytes: flipped })).message).toMatch(/archive abîmée : la partie « xl\/worksheets\/sheet1\.xml » (ne se décompresse pas|ne correspond pas à sa somme de contrôle)/);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(500)]);
    const other = await memoryWarehouse();
    try {
      expect((await ingestWithSound(other, { path: APL.replace('.xlsx', ' (2).xlsx'), bytes: ole })).message).toMatch(/non protégé attendu, mais le classeur est chiffré par un mot de passe/);
    } finally {
      other.close();
    }
    const third = await memoryWarehouse();
    try {
      expect((await ingestWithSound(third, { path: APL, bytes: text(`${JOURNEES}\r\n`) })).message).toMatch(/n'est pas une archive xlsx : il commence par « date;num… » \(du texte : un CSV renommé en \.xlsx \?\)/);
    } finally {
      third.close();
    }
  });

  it('stops reading a workbook past its deadline and reports it', async () => {
    const file = await ingestWithSound(wh, { path: APL, bytes: await bigWorkbook(10) }, { workbookDeadlineMs: () => 0 });
    expect(file.status).toBe('rejete');
    expect(file.message).toMatch(/^lecture arrêtée : un classeur de 0,\d Mo se lit en bien moins de 0 s/);
  });
});
