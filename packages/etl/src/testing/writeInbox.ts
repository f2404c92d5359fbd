import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

/** Test support: inboxes written byte for byte (`writeInbox`), or from the contract's samples. */

/** Copies of the contract's samples (`/work/shared/samples`), kept with the sources. */
export const SAMPLES_DIR = fileURLToPath(new URL('../sources/samples/', import.meta.url));

export interface FixtureFile {
  /** Inbox-relative path. */
  path: string;
  /** Lines, joined with `eol` (default CRLF) and ended by it. */
  lines?: readonly string[];
  /** Raw bytes, written as they are. */
  bytes?: Buffer;
  encoding?: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  eol?: string;
}

export function encodeLines(lines: readonly string[], encoding: FixtureFile['encoding'] = 'utf-8', eol = '\r\n'): Buffer {
  const text = lines.map((l) => l + eol).join('');
  if (encoding === 'windows-1252') return iconv.encode(text, 'windows-1252');
  return Buffer.from((encoding === 'utf-8-bom' ? '\ufeff' : '') + text, 'utf8');
}

/** Writes files into an inbox (a new temporary one unless given) and returns its path. */
export function writeInbox(files: readonly FixtureFile[], inbox = mkdtempSync(join(tmpdir(), 'vigie-inbox-'))): string {
  for (const f of files) {
    const target = join(inbox, ...f.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.bytes ?? encodeLines(f.lines ?? [], f.encoding, f.eol));
  }
  return inbox;
}

/** A new inbox holding copies of some samples (paths relative to the samples folder). */
export function inboxWithSamples(paths: readonly string[], inbox = mkdtempSync(join(tmpdir(), 'vigie-inbox-'))): string {
  for (const p of paths) {
    const target = join(inbox, ...p.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(SAMPLES_DIR, ...p.split('/')), target);
  }
  return inbox;
}
