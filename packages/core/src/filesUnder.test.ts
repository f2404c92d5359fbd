import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from './filesUnder.js';

describe('filesUnder', () => {
  const root = mkdtempSync(join(tmpdir(), 'vigie-files-under-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const file of ['b.txt', 'a/z.md', 'a/b/c.sql', 'node_modules/x/index.js', 'a/node_modules/y.js']) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), file);
  }
  mkdirSync(join(root, 'empty'));
  symlinkSync(join(root, 'b.txt'), join(root, 'link.txt'));

  it('lists every file, relative with /, sorted, without folders or links', () => {
    expect(filesUnder(root)).toEqual(['a/b/c.sql', 'a/node_modules/y.js', 'a/z.md', 'b.txt', 'node_modules/x/index.js']);
  });

  it('prunes the folders skipFolder names by their relative path, and only those', () => {
    expect(filesUnder(root, (folder) => folder === 'node_modules')).toEqual(['a/b/c.sql', 'a/node_modules/y.js', 'a/z.md', 'b.txt']);
    expect(filesUnder(root, (folder) => folder.startsWith('a'))).toEqual(['b.txt', 'node_modules/x/index.js']);
  });
});
