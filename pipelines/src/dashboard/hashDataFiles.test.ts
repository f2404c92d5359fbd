import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashDataFiles } from './hashDataFiles.js';

describe('hashDataFiles', () => {
  let data: string;
  beforeEach(() => {
    data = mkdtempSync(join(tmpdir(), 'vigie-data-'));
  });
  afterEach(() => rmSync(data, { recursive: true, force: true }));

  it('moves each data file under the MD5 of its bytes and rewrites the manifest, as evidence build does', () => {
    mkdirSync(join(data, 'vigie', 'valeurs'), { recursive: true });
    writeFileSync(join(data, 'vigie', 'valeurs', 'valeurs.parquet'), 'abc');
    writeFileSync(join(data, 'manifest.json'), JSON.stringify({ renderedFiles: { vigie: ['static/data/vigie/valeurs/valeurs.parquet'] } }));
    hashDataFiles(data);
    // md5("abc"), known independently (RFC 1321 test suite).
    const md5 = '900150983cd24fb0d6963f7d28e17f72';
    expect(readFileSync(join(data, 'vigie', 'valeurs', md5, 'valeurs.parquet'), 'utf8')).toBe('abc');
    expect(existsSync(join(data, 'vigie', 'valeurs', 'valeurs.parquet'))).toBe(false);
    expect(readFileSync(join(data, 'manifest.json'), 'utf8')).toBe(
      `{"renderedFiles":{"vigie":["static/data/vigie/valeurs/${md5}/valeurs.parquet"]}}\n`,
    );
  });
});
