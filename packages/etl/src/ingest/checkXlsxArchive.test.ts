import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLES_DIR } from '../testing/writeInbox.js';
import { checkXlsxArchive } from './checkXlsxArchive.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-xlsx-check-'));
const SAMPLES = readdirSync(join(SAMPLES_DIR, 'drees')).filter((f) => f.endsWith('.xlsx')).map((f) => join(SAMPLES_DIR, 'drees', f));
const sample = readFileSync(SAMPLES[0] as string);
let n = 0;

async function check(bytes: Buffer) {
  const path = join(dir, `${n++}.xlsx`);
  writeFileSync(path, bytes);
  return checkXlsxArchive(path);
}

/** The fields both headers of a stored part share, from `at`: CRC-32, compressed and real sizes, name length. */
function writeEntryFields(header: Buffer, at: number, data: Buffer, name: Buffer): void {
  header.writeUInt32LE(crc32(data), at);
  header.writeUInt32LE(data.length, at + 4);
  header.writeUInt32LE(data.length, at + 8);
  header.writeUInt16LE(name.length, at + 12);
}

/** A zip of stored (uncompressed) parts, written byte by byte as the format says: an archive whose parts are sound but whose content is not. */
function storedZip(parts: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeEntryFields(local, 14, data, nameBytes);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    writeEntryFields(central, 16, data, nameBytes);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const WORKBOOK = {
  '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
  'xl/workbook.xml': '<?xml version="1.0"?><workbook><sheets><sheet name="APL_2024" sheetId="1"/></sheets></workbook>',
  'xl/worksheets/sheet1.xml': '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>\r\n',
};

describe('checkXlsxArchive', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts the sample workbooks and a minimal sound archive', async () => {
    expect(SAMPLES.length).toBeGreaterThan(0);
    for (const s of SAMPLES) expect(await checkXlsxArchive(s), s).toMatchObject({ ok: true });
    expect(await check(storedZip(WORKBOOK))).toMatchObject({ ok: true });
  });

  it('rejects the sample cut at any offset', async () => {
    for (let cut = 0; cut < sample.length; cut += Math.ceil(sample.length / 60)) {
      const result = await check(sample.subarray(0, cut));
      expect(result.ok, `coupé à ${cut} octets`).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^classeur Excel \(\.xlsx\) attendu, mais (archive tronquée|fichier vide|archive abîmée)/);
    }
  });

  it('rejects one altered byte anywhere in a sheet (CRC-32 or inflate)', async () => {
    const start = sample.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
    const end = sample.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), start);
    for (let at = start; at < end; at += Math.max(1, Math.floor((end - start) / 40))) {
      const flipped = Buffer.from(sample);
      flipped[at] = (flipped[at] as number) ^ 0x04;
      const result = await check(flipped);
      expect(result.ok, `octet ${at}`).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/archive abîmée : (la partie|l'en-tête de la partie) « xl\/worksheets\/sheet1\.xml »/);
    }
  });

  it('names a password-protected workbook, an Excel 97-2003 file, a CSV renamed, an empty file', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await check(Buffer.concat([ole, Buffer.alloc(600), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(100)]))).toMatchObject({ ok: false, message: expect.stringMatching(/chiffré par un mot de passe\. Enregistrez-en une copie sans mot de passe/) });
    expect(await check(Buffer.concat([ole, Buffer.alloc(2000)]))).toMatchObject({ ok: false, message: expect.stringMatching(/au format Excel 97-2003 \(\.xls\)/) });
    expect(await check(Buffer.from('Code commune;APL\r\n01001;3,2\r\n'))).toMatchObject({ ok: false, message: expect.stringMatching(/il commence par « Code com… » \(du texte : un CSV renommé en \.xlsx \?\)/) });
    expect(await check(Buffer.alloc(0))).toMatchObject({ ok: false, message: expect.stringMatching(/fichier vide \(0 octet\)/) });
  });

  it('rejects a sound archive whose sheet stops short (a producer that wrote half a sheet), or that holds no workbook', async () => {
    const cut = { ...WORKBOOK, 'xl/worksheets/sheet1.xml': WORKBOOK['xl/worksheets/sheet1.xml'].slice(0, 60) };
    expect(await check(storedZip(cut))).toMatchObject({ ok: false, message: expect.stringMatching(/la partie « xl\/worksheets\/sheet1\.xml » s'arrête avant sa fin \(« <\/worksheet> » absent\)/) });
    const { 'xl/workbook.xml': _, ...noWorkbook } = WORKBOOK;
    expect(await check(storedZip(noWorkbook))).toMatchObject({ ok: false, message: expect.stringMatching(/l'archive ne contient pas de classeur Excel \(partie\(s\) « xl\/workbook\.xml » absente\(s\)\)/) });
  });
});
