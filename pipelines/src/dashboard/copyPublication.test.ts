import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyPublication } from './copyPublication.js';
import { PUBLICATION_FILES } from './publicationFiles.js';

describe('copyPublication', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-copy-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies every publication file and removes the Parquet files of a previous build', () => {
    const publication = join(dir, 'publication');
    const source = join(dir, 'source');
    mkdirSync(publication);
    mkdirSync(source);
    for (const name of PUBLICATION_FILES) writeFileSync(join(publication, name), name);
    writeFileSync(join(source, 'ancien.parquet'), 'x');
    writeFileSync(join(source, 'valeurs.sql'), 'select 1');
    copyPublication(publication, source);
    expect(readdirSync(source).sort()).toEqual([...PUBLICATION_FILES, 'valeurs.sql'].sort());
    expect(readFileSync(join(source, 'meta.parquet'), 'utf8')).toBe('meta.parquet');
  });

  it('names the missing files and says what to run', () => {
    const publication = join(dir, 'publication');
    mkdirSync(publication);
    writeFileSync(join(publication, 'valeurs.parquet'), '');
    expect(() => copyPublication(publication, join(dir, 'source'))).toThrow(/meta\.parquet.*vigie publish/s);
    expect(existsSync(join(dir, 'source'))).toBe(false);
  });

  it('says so when the publication folder does not exist', () => {
    expect(() => copyPublication(join(dir, 'absent'), join(dir, 'source'))).toThrow(/introuvable.*vigie run/s);
  });
});
