import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoSummary } from '@vigie/etl';
import { demoInbox } from '../support/demoInbox.js';
import { runVigie, runVigieOk } from '../support/runVigie.js';
import { readExportCsv, type ExportRow } from '../support/oracle/readExportCsv.js';
import { computeSliceOracle, type Oracle } from '../support/sliceOracle.js';

/**
 * The walking skeleton, end to end through the real command: a small demo inbox → `vigie run`
 * → `vigie export`, checked against values computed independently from the inbox's files.
 */
const AS_OF = '2025-11-30';

const num = (s: string) => Number(s.replace(',', '.'));

describe('slice: demo inbox → vigie run → vigie export', () => {
  let dir: string;
  let demo: DemoSummary;
  let oracle: Oracle;
  let rows: ExportRow[];
  let header: string;
  const env = () => ({ VIGIE_INBOX: join(dir, 'inbox'), VIGIE_WAREHOUSE: join(dir, 'wh', 'warehouse.duckdb') });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-slice-'));
    demo = await demoInbox({ out: join(dir, 'inbox'), scale: 0.2, until: AS_OF });
    oracle = computeSliceOracle(join(dir, 'inbox'), AS_OF, demo.faults);
    runVigieOk(['run', '--sans-tableau-de-bord'], env());
    runVigieOk(['export', '--out', join(dir, 'valeurs.csv')], env());
    ({ header, rows } = readExportCsv(join(dir, 'valeurs.csv')));
  });

  it('exports the contract header, one run id, and the slice indicators', () => {
    expect(header).toBe('indicateur;version;type_periode;periode;niveau;code_geo;valeur;numerateur;denominateur;statut;run_id');
    expect(new Set(rows.map((r) => r.run_id)).size).toBe(1);
    for (const id of ['jours_realises', 'zones_couvertes', 'taux_zones_couvertes', 'consultations']) {
      expect(rows.some((r) => r.indicateur === id)).toBe(true);
    }
  });

  it('gives every zone in scope a value for every week, zeros included', () => {
    const weeks = new Set(rows.filter((r) => r.indicateur === 'jours_realises' && r.type_periode === 'semaine').map((r) => r.periode));
    expect(weeks.has('2025-S36')).toBe(true);
    expect(weeks.has('2025-S48')).toBe(true);
    expect(weeks.has('2025-S49')).toBe(false);
    const zoneRows = rows.filter((r) => r.indicateur === 'jours_realises' && r.type_periode === 'semaine' && r.periode === '2025-S40' && r.niveau === 'zone');
    expect(zoneRows.length).toBe(oracle.zones.size);
    expect(zoneRows.some((r) => r.valeur === '0')).toBe(true);
  });

  it('matches the independent computation for days, acts and coverage', () => {
    let compared = 0;
    for (const r of rows) {
      if (!['jours_realises', 'consultations', 'zones_couvertes', 'taux_zones_couvertes'].includes(r.indicateur)) continue;
      if (!(r.niveau === 'zone' || r.niveau === 'national') || r.type_periode === 'cumul') continue;
      if (r.indicateur.includes('zones_couvertes') && r.type_periode !== 'semaine') continue;
      const expected = oracle.values.get(`${r.indicateur}|${r.type_periode}|${r.periode}|${r.niveau}|${r.code_geo}`) ?? 0;
      if (r.statut === 'secret') {
        expect(r.valeur).toBe('');
        continue;
      }
      expect.soft(num(r.valeur), `${r.indicateur} ${r.periode} ${r.niveau} ${r.code_geo}`).toBeCloseTo(expected, 6);
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('masks act counts from 1 to 10 (secret statistique) and never a zero', () => {
    const acts = rows.filter((r) => r.indicateur === 'consultations' && r.niveau === 'zone');
    for (const r of acts) {
      const expected = oracle.values.get(`consultations|${r.type_periode}|${r.periode}|zone|${r.code_geo}`) ?? 0;
      if (expected >= 1 && expected <= 10) expect(r.statut, `${r.periode} ${r.code_geo}`).toBe('secret');
      if (expected === 0 && r.type_periode !== 'cumul') expect(r.statut).not.toBe('secret');
    }
    expect(acts.some((r) => r.statut === 'secret')).toBe(true);
  });

  it('changes nothing when run again on the same inbox', () => {
    runVigieOk(['run', '--sans-tableau-de-bord'], env());
    runVigieOk(['export', '--out', join(dir, 'valeurs2.csv')], env());
    const strip = (t: string) => t.split('\n').map((l) => l.split(';').slice(0, 10).join(';')).join('\n');
    expect(strip(readFileSync(join(dir, 'valeurs2.csv'), 'utf8'))).toBe(strip(readFileSync(join(dir, 'valeurs.csv'), 'utf8')));
  });

  it('vigie publish alone publishes the values of the last run that computed them', () => {
    const computed = runVigieOk(['compute'], env());
    const runId = /Exécution (\S+) réussie/.exec(computed.stdout)?.[1];
    expect(runId, computed.stdout).toBeDefined();
    const published = runVigieOk(['publish'], env());
    expect(published.stdout).toContain(`valeurs calculées par l'exécution ${runId}`);
    runVigieOk(['export', '--out', join(dir, 'valeurs3.csv')], env());
    const runIds = new Set(readExportCsv(join(dir, 'valeurs3.csv')).rows.map((r) => r.run_id));
    expect([...runIds]).toEqual([runId]);
  });

  it('lists every faulty row of the inbox in vigie rejects, with its file and line', () => {
    const out = join(dir, 'rejets.csv');
    runVigieOk(['rejects', '--out', out], env());
    const [head, ...lines] = readFileSync(out, 'utf8').trimEnd().split(/\r?\n/);
    expect(head).toBe('fichier;ligne;colonne;valeur;message');
    const seen = new Set(lines.map((l) => l.split(';').slice(0, 2).join(';')));
    expect(demo.faults.length).toBeGreaterThan(0);
    for (const f of demo.faults) expect(seen, `${f.path}:${f.line} (${f.reason})`).toContain(`${f.path};${f.line}`);
  });

  it('answers bad usage with exit code 2 and a French message', () => {
    const result = runVigie(['export', '--format', 'xls', '--out', join(dir, 'x')], env());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--format attend csv, parquet ou arrow/);
  });
});
