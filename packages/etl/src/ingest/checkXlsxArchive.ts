import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import { formatNumber } from '@vigie/core';

/** What a workbook's container holds when it can be read: its parts (names inside the archive). */
export type XlsxArchiveCheck = { ok: true; parts: string[] } | { ok: false; message: string };

const REDO = 'Enregistrez à nouveau le classeur depuis Excel (ou LibreOffice) au format .xlsx, puis déposez-le à nouveau.';
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Parts whose XML must end with their root element's end tag (a sheet cut short would load only its first rows). */
const XML_ROOTS = [
  { part: /^xl\/worksheets\/[^/]+\.xml$/, element: 'worksheet' },
  { part: /^xl\/sharedStrings\.xml$/, element: 'sst' },
  { part: /^xl\/workbook\.xml$/, element: 'workbook' },
];
/** Parts every xlsx holds (Office Open XML). */
const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'];

/**
 * Checks a workbook's container before any reader sees it, so that a damaged file is rejected
 * with a French message instead of hanging or crashing the streaming reader: a password-protected
 * or Excel 97-2003 file (an OLE compound file, not a zip), a file that is not a zip, a zip cut
 * short (no end of central directory, entries past the end), a part whose bytes do not inflate or
 * do not match their CRC-32 (one flipped byte anywhere in a part), a zip without a workbook.
 * Every part is inflated as a stream (memory stays small whatever the workbook's size).
 */
export async function checkXlsxArchive(path: string): Promise<XlsxArchiveCheck> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    const head = await readAt(fh, 0, Math.min(size, 8));
    if (size === 0) return fail(`fichier vide (0 octet)`);
    if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return oleFile(fh, size);
    if (head.readUInt32LE(0) !== LOCAL || size < 22) return fail(`le fichier n'est pas une archive xlsx : il commence par ${describeStart(head)}`);
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = await readAt(fh, size - tailLength, tailLength);
    const at = lastSignature(tail, EOCD);
    if (at < 0) return fail(`archive tronquée : la fin de l'archive (répertoire central) est introuvable dans les ${formatNumber(size)} octets du fichier (fichier coupé lors de la copie ou du téléchargement ?)`);
    let entries = tail.readUInt16LE(at + 10);
    let cdSize = tail.readUInt32LE(at + 12);
    let cdOffset = tail.readUInt32LE(at + 16);
    if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locator = at - 20;
      if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR) return fail('archive abîmée : le répertoire central ZIP64 est introuvable');
      const z64Offset = Number(tail.readBigUInt64LE(locator + 8));
      if (z64Offset + 56 > size) return fail('archive abîmée : le répertoire central ZIP64 est hors du fichier');
      const z64 = await readAt(fh, z64Offset, 56);
      if (z64.readUInt32LE(0) !== ZIP64_EOCD) return fail('archive abîmée : le répertoire central ZIP64 est illisible');
      entries = Number(z64.readBigUInt64LE(32));
      cdSize = Number(z64.readBigUInt64LE(40));
      cdOffset = Number(z64.readBigUInt64LE(48));
    }
    if (cdOffset + cdSize > size) return fail(`archive tronquée : le répertoire central (octets ${formatNumber(cdOffset)} à ${formatNumber(cdOffset + cdSize)}) dépasse la fin du fichier (${formatNumber(size)} octets)`);
    const cd = await readAt(fh, cdOffset, cdSize);
    const parts: string[] = [];
    let p = 0;
    for (let i = 0; i < entries; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) return fail(`archive abîmée : l'entrée ${i + 1} du répertoire central est illisible`);
      const flags = cd.readUInt16LE(p + 8);
      const method = cd.readUInt16LE(p + 10);
      const crc = cd.readUInt32LE(p + 16);
      let compressed = cd.readUInt32LE(p + 20);
      let uncompressed = cd.readUInt32LE(p + 24);
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      let localOffset = cd.readUInt32LE(p + 42);
      const name = cd.subarray(p + 46, p + 46 + nameLength).toString('utf8');
      const wide = zip64Sizes(cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), { uncompressed, compressed, localOffset });
      ({ uncompressed, compressed, localOffset } = wide);
      p += 46 + nameLength + extraLength + commentLength;
      if (flags & 1) return passwordProtected();
      if (method !== 0 && method !== 8) return fail(`la partie « ${name} » de l'archive est compressée par une méthode inconnue (${method})`);
      const checked = await checkPart(fh, path, size, { name, flags, method, crc, compressed, uncompressed, localOffset });
      if (checked) return fail(checked);
      parts.push(name);
    }
    const missing = REQUIRED_PARTS.filter((r) => !parts.includes(r));
    if (missing.length > 0) {
      return fail(`l'archive ne contient pas de classeur Excel (partie(s) ${missing.map((m) => `« ${m} »`).join(', ')} absente(s)) : est-ce un autre document (Word, OpenDocument…) renommé en .xlsx ?`);
    }
    return { ok: true, parts };
  } finally {
    await fh.close();
  }
}

function fail(found: string): XlsxArchiveCheck {
  return { ok: false, message: `classeur Excel (.xlsx) attendu, mais ${found}. ${REDO}` };
}

function passwordProtected(): XlsxArchiveCheck {
  return {
    ok: false,
    message: 'classeur Excel (.xlsx) non protégé attendu, mais le classeur est chiffré par un mot de passe. Enregistrez-en une copie sans mot de passe (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe : effacer le mot de passe), puis déposez-la à nouveau.',
  };
}

/** An OLE compound file: an encrypted (password-protected) xlsx, or an Excel 97-2003 .xls. */
async function oleFile(fh: FileHandle, size: number): Promise<XlsxArchiveCheck> {
  const bytes = await readAt(fh, 0, Math.min(size, 1 << 20));
  if (bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) return passwordProtected();
  return fail('le fichier est au format Excel 97-2003 (.xls) ou un autre document OLE');
}

async function checkPart(
  fh: FileHandle,
  path: string,
  size: number,
  e: { name: string; flags: number; method: number; crc: number; compressed: number; uncompressed: number; localOffset: number },
): Promise<string | null> {
  if (e.localOffset + 30 > size) return `archive tronquée : la partie « ${e.name} » commence après la fin du fichier`;
  const nameLength = Buffer.byteLength(e.name);
  const local = await readAt(fh, e.localOffset, 30 + nameLength);
  if (local.length < 30 + nameLength || local.readUInt32LE(0) !== LOCAL || local.readUInt16LE(26) !== nameLength || local.subarray(30).toString('utf8') !== e.name) {
    return `archive abîmée : l'en-tête de la partie « ${e.name} » (octet ${formatNumber(e.localOffset)}) est illisible ou ne correspond pas au répertoire central`;
  }
  // A streaming reader trusts the local header: it must say what the central directory says
  // (sizes and CRC are left to a data descriptor when flag bit 3 is set; 0xFFFFFFFF: ZIP64).
  const sameSizes = (local.readUInt16LE(6) & 8) !== 0
    || (local.readUInt32LE(14) === e.crc && [e.compressed, 0xffffffff].includes(local.readUInt32LE(18)) && [e.uncompressed, 0xffffffff].includes(local.readUInt32LE(22)));
  if (local.readUInt16LE(6) !== e.flags || local.readUInt16LE(8) !== e.method || !sameSizes) {
    return `archive abîmée : l'en-tête de la partie « ${e.name} » (octet ${formatNumber(e.localOffset)}) ne correspond pas au répertoire central`;
  }
  const start = e.localOffset + 30 + nameLength + local.readUInt16LE(28);
  if (start + e.compressed > size) return `archive tronquée : la partie « ${e.name} » dépasse la fin du fichier`;
  let crc = 0;
  let length = 0;
  let tail = Buffer.alloc(0);
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      crc = crc32(chunk, crc);
      length += chunk.length;
      tail = Buffer.concat([tail, chunk.subarray(-64)]).subarray(-64);
      done(length > e.uncompressed ? new Error('partie plus longue que déclaré') : null);
    },
  });
  const stream = e.compressed === 0 ? null : createReadStream(path, { start, end: start + e.compressed - 1 });
  try {
    if (stream) await (e.method === 8 ? pipeline(stream, createInflateRaw(), sink) : pipeline(stream, sink));
    else sink.end();
  } catch {
    return `archive abîmée : la partie « ${e.name} » ne se décompresse pas`;
  }
  if (length !== e.uncompressed || crc >>> 0 !== e.crc >>> 0) {
    return `archive abîmée : la partie « ${e.name} » ne correspond pas à sa somme de contrôle (CRC-32), des octets ont été altérés`;
  }
  const root = XML_ROOTS.find((r) => r.part.test(e.name));
  if (root && !new RegExp(`</(?:\\w+:)?${root.element}>\\s*$`).test(tail.toString('latin1'))) {
    return `classeur incomplet : la partie « ${e.name} » s'arrête avant sa fin (« </${root.element}> » absent), le classeur a été mal enregistré`;
  }
  return null;
}

/** Sizes and offset from a ZIP64 extra field (id 0x0001) where the 32-bit fields are saturated. */
function zip64Sizes(extra: Buffer, v: { uncompressed: number; compressed: number; localOffset: number }) {
  const out = { ...v };
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i);
    const length = extra.readUInt16LE(i + 2);
    if (id === 1) {
      let k = i + 4;
      const next = () => {
        const n = k + 8 <= i + 4 + length && k + 8 <= extra.length ? Number(extra.readBigUInt64LE(k)) : null;
        k += 8;
        return n;
      };
      if (v.uncompressed === 0xffffffff) out.uncompressed = next() ?? out.uncompressed;
      if (v.compressed === 0xffffffff) out.compressed = next() ?? out.compressed;
      if (v.localOffset === 0xffffffff) out.localOffset = next() ?? out.localOffset;
    }
    i += 4 + length;
  }
  return out;
}

function lastSignature(buf: Buffer, signature: number): number {
  for (let i = buf.length - 22; i >= 0; i--) if (buf.readUInt32LE(i) === signature) return i;
  return -1;
}

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** The first bytes, for a message: as text when they are printable, in hexadecimal otherwise. */
function describeStart(head: Buffer): string {
  const text = head.toString('latin1');
  if (/^[\x20-\x7e\r\n\t\u00a0-\u00ff]+$/.test(text)) return `« ${text.replace(/[\r\n\t]/g, ' ').trim()}… » (du texte : un CSV renommé en .xlsx ?)`;
  return `les octets ${[...head.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(' ')} au lieu de 50 4B 03 04`;
}
