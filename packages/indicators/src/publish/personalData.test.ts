import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { computeIndicators } from '../compute/computeIndicators.js';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { seedScenario } from '../testing/seedScenario.js';
import { publishIndicators } from './publishIndicators.js';

const RPPS = /(?<![0-9A-Za-z])\d{11}(?![0-9A-Za-z])/;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*/;
const HEX64 = /[0-9a-f]{64}/i;
const NAMES = ['Ménard', 'Benoît', 'Dupont', 'Martin'];

describe('nothing personal leaves the warehouse', () => {
  let wh: Warehouse;
  let dir: string;
  let texts: Map<string, string>;
  let pseudonyms: string[];
  let unknownHashes: string[];
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await seedScenario(wh);
    dir = mkdtempSync(join(tmpdir(), 'vigie-personal-'));
    await computeIndicators(wh, { runId: 'run-1', asOf: '2025-10-19' });
    await publishIndicators(wh, { runId: 'run-1', publicationDir: join(dir, 'publication'), demo: true });
    texts = new Map();
    // The 64-hex values published by design: a file's identity (SHA-256 of its bytes, as in the
    // ledger), a definition version's and the common base's fingerprint (SHA-256 of their text). Each is checked to be
    // one of those, then blanked, so that any other 64-hex value (a patient pseudonym) is caught.
    const hashes = new Set([
      ...(await wh.all<{ h: string }>(`SELECT file_id AS h FROM ledger.files`)).map((r) => r.h),
      ...(await wh.all<{ h: string }>(`SELECT text_hash AS h FROM indicators.definition_versions`)).map((r) => r.h),
      ...(await wh.all<{ h: string }>(`SELECT text_hash AS h FROM indicators.socle_versions`)).map((r) => r.h),
    ]);
    unknownHashes = [];
    const blankHashes = (where: string, rows: Record<string, unknown>[]) =>
      rows.map((r) => {
        const kept = { ...r };
        for (const column of ['file_id', 'empreinte', 'text_hash']) {
          const value = kept[column];
          if (typeof value !== 'string') continue;
          if (!hashes.has(value)) unknownHashes.push(`${where}.${column} = ${value}`);
          kept[column] = '<sha256>';
        }
        return kept;
      });
    for (const file of readdirSync(join(dir, 'publication'))) {
      const rows = await wh.all(`SELECT * FROM read_parquet('${join(dir, 'publication', file)}')`);
      texts.set(file, JSON.stringify(blankHashes(file, rows)));
    }
    const tables = await wh.all<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables() WHERE schema_name = 'publish'`);
    for (const { name } of tables) {
      const rows = await wh.all(`SELECT * FROM publish."${name}"`);
      texts.set(`publish.${name}`, JSON.stringify(blankHashes(`publish.${name}`, rows)));
    }
    pseudonyms = (await wh.all<{ p: string }>(`SELECT DISTINCT id_patient AS p FROM clean.actes`)).map((r) => r.p);
  });
  afterAll(() => {
    wh.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes every file and table', () => {
    expect(texts.size).toBeGreaterThanOrEqual(18);
    expect(texts.get('rejets.parquet')).toContain('n\'est pas un numéro RPPS');
  });

  it('publishes 64-hex values only as file identities and definition fingerprints', () => {
    expect(unknownHashes).toEqual([]);
  });

  it('contains no RPPS, e-mail, volunteer name or patient pseudonym', () => {
    for (const [where, text] of texts) {
      expect(RPPS.test(text), `RPPS dans ${where}`).toBe(false);
      expect(EMAIL.test(text), `e-mail dans ${where}`).toBe(false);
      expect(HEX64.test(text), `64 hexadécimaux dans ${where}`).toBe(false);
      for (const name of NAMES) expect(text.includes(name), `${name} dans ${where}`).toBe(false);
      for (const p of pseudonyms) expect(text.includes(p), `pseudonyme dans ${where}`).toBe(false);
    }
  });

  it('names a CABINET lieu by its commune only', () => {
    expect(texts.get('alertes.parquet')).toContain('Cabinet médical, Trois-A');
  });
});
