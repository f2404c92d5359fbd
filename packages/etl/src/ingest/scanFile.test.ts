import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanFile } from './scanFile.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-scan-'));
let n = 0;
async function scan(bytes: Buffer | string) {
  const path = join(dir, `${n++}.csv`);
  writeFileSync(path, bytes);
  return scanFile(path, { text: true });
}
const MB = 1 << 20; // the scan reads 1 MiB chunks

describe('scanFile: lone carriage returns', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the first CR not followed by LF; CRLF, LF and a CR ending the file are line ends', async () => {
    expect((await scan('a;b\r\nc;d\ne;f\r\n')).loneCrAt).toBeNull();
    expect((await scan('a;b\r\nc;d\r')).loneCrAt).toBeNull();
    expect((await scan('a;b\r\nc;d\re;f\r\n')).loneCrAt).toBe(8);
    expect((await scan('a;b\rc;d\r')).loneCrAt).toBe(3);
  });

  it('across the boundary of two chunks', async () => {
    const lone = Buffer.alloc(MB + 10, 'x');
    lone[MB - 1] = 13; // last byte of the first chunk, followed by "x"
    expect((await scan(lone)).loneCrAt).toBe(MB - 1);
    const crlf = Buffer.alloc(MB + 10, 'x');
    crlf[MB - 1] = 13;
    crlf[MB] = 10;
    expect((await scan(crlf)).loneCrAt).toBeNull();
  });
});
