import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copySiteFiles } from './copySiteFiles.js';

describe('copySiteFiles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-site-copy-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('links the immutable files of _app, copies every other file, folders included', () => {
    const from = join(dir, 'build');
    const files = { '_app/immutable/chunks/entry.Ab12Cd34.js': 'chunk', '_app/version.json': '{}', 'index.html': '<p>', 'data/vigie/meta/m.parquet': 'pq' };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(from, file, '..'), { recursive: true });
      writeFileSync(join(from, file), text);
    }
    const to = join(dir, 'site');
    copySiteFiles(from, to);
    for (const [file, text] of Object.entries(files)) expect(readFileSync(join(to, file), 'utf8')).toBe(text);
    const sameFile = (file: string) => statSync(join(from, file)).ino === statSync(join(to, file)).ino;
    expect(Object.keys(files).filter(sameFile)).toEqual(['_app/immutable/chunks/entry.Ab12Cd34.js']);
  });
});
