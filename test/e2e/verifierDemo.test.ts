import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVigie, runVigieOk } from '../support/runVigie.js';

/**
 * Issue #13 through the real commands, on a small demo (5 weeks, scale 0.1): `vigie run` archives
 * each loaded file under its SHA-256; `vigie verifier --tout` re-derives every published value;
 * `vigie audit` writes the bundle; once the inbox is cleaned, a changed byte in an archived file
 * (and a deleted one) is named and the verification fails.
 */
const AS_OF = '2025-10-05';

describe('verifier: the whole demo publication, the archive, the audit bundle', () => {
  let root: string;
  const env = () => ({ VIGIE_INBOX: join(root, 'inbox'), VIGIE_WAREHOUSE: join(root, 'wh', 'warehouse.duckdb') });
  const archive = () => join(root, 'wh', 'archive');

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'vigie-verifier-'));
    runVigieOk(['demo', '--scale', '0.1', '--jusqu-au', AS_OF, '--out', join(root, 'inbox')]);
    runVigieOk(['run', '--sans-tableau-de-bord'], env());
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('re-derives every published value of the demo (--tout)', () => {
    const result = runVigie(['verifier', '--tout'], env());
    expect(result.stdout).toMatch(/\d[\d ]* valeur\(s\) comparée\(s\) : [\d ]+ identique\(s\) au bit près, 0 différente\(s\)\./);
    expect(result.stdout).toContain('Socle commun (relations préparées, tables propres, version de Vigie) : identique à celui de la publication.');
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('lists, for a weekly value, only the activity files with rows in that week', () => {
    const text = runVigieOk(['explain', 'consultations', '--periode', '2025-S38', '--niveau', 'national'], env()).stdout;
    const actesFiles = [...text.matchAll(/\| (cnam\/actes_mission_\S+) \|/g)].map((m) => m[1]);
    expect(actesFiles.length).toBeGreaterThan(0);
    // Acts of week 38 (15–21/09) come in files dated from that week on, never before it.
    for (const path of actesFiles) expect(path! >= 'cnam/actes_mission_2025-S38').toBe(true);
    expect(text).not.toContain('ars/journees_');
    expect(text).toContain('vigie verifier consultations --periode 2025-S38');
  });

  it('writes an audit bundle whose hashes are those of the archived files', () => {
    const out = join(root, 'audit');
    runVigieOk(['audit', '--out', out], env());
    for (const f of ['LISEZMOI.md', 'SHA256SUMS', 'fichiers.csv', 'publication/valeurs.parquet', 'publication/lignage.parquet', 'fiches/consultations-v1.md']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    const archived = new Set(readdirSync(archive()));
    expect(sums.length).toBeGreaterThan(10);
    for (const line of sums) expect(archived.has(line.slice(0, 64)), line).toBe(true);
    expect(readFileSync(join(out, 'LISEZMOI.md'), 'utf8')).toContain('npx vigie verifier INDICATEUR');
  });

  it('names an archived file with one byte changed, and a deleted one, once the inbox is cleaned', () => {
    rmSync(join(root, 'inbox'), { recursive: true, force: true });
    const sums = readFileSync(join(root, 'audit', 'SHA256SUMS'), 'utf8').trim().split('\n');
    const actes = sums.find((l) => l.includes('cnam/actes_mission_2025-S39'))!;
    const once = (l: string) => sums.filter((m) => m.startsWith(l.slice(0, 64))).length === 1;
    const lieux = sums.find((l) => l.includes('ars/lieux') && once(l))!;
    const changed = join(archive(), actes.slice(0, 64));
    const bytes = readFileSync(changed);
    bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x31 ? 0x32 : 0x31;
    writeFileSync(changed, bytes);
    rmSync(join(archive(), lieux.slice(0, 64)));
    const result = runVigie(['verifier', '--tout'], env());
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`MODIFIÉ cnam/actes_mission_2025-S39`);
    expect(result.stdout).toContain(`la copie archivée ${changed} a été modifiée (SHA-256 attendu ${actes.slice(0, 64)}`);
    expect(result.stdout).toContain(`ABSENT ${lieux.slice(66)} (SHA-256 ${lieux.slice(0, 64)}) : introuvable`);
  });
});
