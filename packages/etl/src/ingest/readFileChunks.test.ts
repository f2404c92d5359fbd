import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryFolder } from '../testing/temporaryFolder.js';
import { readFileChunks } from './readFileChunks.js';

async function chunksOf(path: string, size: number): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const c of readFileChunks(path, size)) out.push(Buffer.from(c));
  return out;
}

describe('readFileChunks', () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;
  let dir = '';
  beforeAll(async () => {
    folder = await temporaryFolder('chunks');
    dir = folder.path;
  });
  afterAll(() => folder.remove());
  it('gives back every byte, in order, in chunks of the asked size (the last one shorter)', async () => {
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256));
    const path = join(dir, 'bytes.bin');
    writeFileSync(path, bytes);
    const chunks = await chunksOf(path, 300);
    expect(chunks.map((c) => c.length)).toEqual([300, 300, 300, 100]);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    expect(Buffer.concat(await chunksOf(path, 1 << 20)).equals(bytes)).toBe(true);
  });
  it('gives nothing for an empty file, and stops early when asked', async () => {
    const empty = join(dir, 'empty.bin');
    writeFileSync(empty, '');
    expect(await chunksOf(empty, 64)).toEqual([]);
    const path = join(dir, 'abc.txt');
    writeFileSync(path, 'abcdef');
    for await (const c of readFileChunks(path, 2)) {
      expect(c.toString()).toBe('ab');
      break;
    }
  });
});
