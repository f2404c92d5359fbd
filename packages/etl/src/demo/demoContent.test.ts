import { isLuhnValid } from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_LIST_POPULATION } from './chooseZones.js';
import { readDemoCsv, readDemoSource } from '../testing/readDemoCsv.js';
import { temporaryFolder } from '../testing/temporaryFolder.js';
import { loadDemoTerritory } from './demoTerritory.js';
import type { DemoSummary } from './demoTypes.js';
import { writeDemoInbox } from './writeDemoInbox.js';

const UNTIL = '2026-02-22';
let root: string;
let summary: DemoSummary;
let remove: () => Promise<void>;
const territory = loadDemoTerritory();

beforeAll(async () => {
  ({ path: root, remove } = await temporaryFolder('demo-content'));
  summary = await writeDemoInbox({ out: root, scale: 0.1, until: UNTIL, seed: 7 });
}, 60_000);
afterAll(() => remove());

const isFault = (path: string, line: number, column: string): boolean =>
  summary.faults.some((f) => f.path === path && f.line === line && f.column === column);

const readSource = (source: string, filter?: (path: string) => boolean) => readDemoSource(root, summary, source, filter);

/** Chaque valeur d'une colonne, avec son fichier et sa ligne, hors lignes fautives pour cette colonne. */
async function cleanValues(source: string, column: string): Promise<{ path: string; line: number; value: string; cells: string[]; header: string[] }[]> {
  const values = [];
  for (const file of await readSource(source)) {
    const index = file.header.indexOf(column);
    for (const row of file.rows) {
      if (!isFault(file.path, row.line, column)) values.push({ path: file.path, line: row.line, value: row.cells[index] ?? '', cells: row.cells, header: file.header });
    }
  }
  return values;
}

describe('zones prioritaires', () => {
  it('désigne 151 EPCI réels le 27/06/2025, dans toutes les régions, pour environ 2,5 millions d’habitants', async () => {
    const [list] = await readSource('drees.zones', (p) => p.endsWith('20250627.csv'));
    const rows = list?.rows ?? [];
    expect(rows).toHaveLength(151);
    const epcis = rows.map((r) => territory.epciByCode.get(r.cells[0] ?? ''));
    expect(epcis.every((e) => e !== undefined)).toBe(true);
    for (const r of rows) expect(r.cells[2]).toBe(territory.epciByCode.get(r.cells[0] ?? '')?.region);
    expect(new Set(rows.map((r) => r.cells[3]))).toEqual(new Set(['27/06/2025']));
    expect(new Set(rows.map((r) => r.cells[4]))).toEqual(new Set(['pilote', 'généralisation']));
    expect(new Set(rows.map((r) => r.cells[2])).size).toBe(territory.regions.length);
    const population = epcis.reduce((sum, e) => sum + (e?.population ?? 0), 0);
    expect(Math.abs(population - FIRST_LIST_POPULATION) / FIRST_LIST_POPULATION).toBeLessThan(0.02);
  });

  it('publie une liste plus tardive qui ajoute quelques zones et en retire une ou deux', async () => {
    const [first, second] = await readSource('drees.zones');
    const before = new Set(first?.rows.map((r) => r.cells[0]));
    const after = new Set(second?.rows.map((r) => r.cells[0]));
    const added = [...after].filter((c) => !before.has(c));
    const dropped = [...before].filter((c) => !after.has(c));
    expect(added.length).toBeGreaterThanOrEqual(2);
    expect(dropped.length).toBeGreaterThanOrEqual(1);
    expect(dropped.length).toBeLessThanOrEqual(2);
    for (const r of second?.rows ?? []) expect(r.cells[3]).toBe(added.includes(r.cells[0]) ? '15/01/2026' : '27/06/2025');
  });
});

describe('lieux solidaires', () => {
  it('donne des SIRET valides (Luhn) et des communes membres de l’EPCI déclaré, sauf fautes listées', async () => {
    for (const { value } of await cleanValues('ars.lieux', 'siret')) expect(isLuhnValid(value) && value.length === 14, value).toBe(true);
    for (const { cells, header } of await cleanValues('ars.lieux', 'code_epci')) {
      expect(territory.communes.get(cells[header.indexOf('code_commune')] ?? '')?.epci).toBe(cells[header.indexOf('code_epci')]);
    }
    const faults = summary.faults.filter((f) => f.path.startsWith('ars/lieux_'));
    expect(faults.length).toBeGreaterThan(0);
  });

  it('met 1 à 4 lieux par zone, quelques lieux hors zone, quelques fermetures, dans l’instantané final', async () => {
    const finals = await readSource('ars.lieux', (p) => p.endsWith('_20260222.csv'));
    const rows = finals.flatMap((f) => f.rows.map((r) => r.cells));
    const [, second] = await readSource('drees.zones');
    const zones = new Set(second?.rows.map((r) => r.cells[0]));
    const perZone = new Map<string, number>();
    for (const r of rows) if (zones.has(r[5] ?? '')) perZone.set(r[5] ?? '', (perZone.get(r[5] ?? '') ?? 0) + 1);
    expect(Math.max(...perZone.values())).toBeLessThanOrEqual(4);
    expect(rows.filter((r) => !zones.has(r[5] ?? '')).length).toBeGreaterThan(0);
    expect(rows.some((r) => r[7] !== '')).toBe(true);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['MSP', 'CDS', 'CABINET', 'FRANCE_SERVICES', 'AUTRE']));
    const earlier = await readSource('ars.lieux', (p) => p.endsWith('_20251026.csv'));
    expect(earlier.reduce((n, f) => n + f.rows.length, 0)).toBeLessThan(rows.length);
  });
});

describe('volontaires', () => {
  it('donne des RPPS valides (11 chiffres, clé de Luhn) sauf fautes listées', async () => {
    const values = await cleanValues('ars.volontaires', 'Numéro RPPS');
    expect(values.length).toBeGreaterThan(0);
    for (const { value } of values) expect(value.length === 11 && isLuhnValid(value), value).toBe(true);
  });

  it('fait évoluer les dossiers d’un instantané à l’autre : états, retraits, suppressions, dates avec heure', async () => {
    const files = await readSource('ars.volontaires');
    const states = new Map<string, string[]>();
    const seen = new Map<string, string[]>();
    for (const f of files.sort((a, b) => a.path.slice(-12).localeCompare(b.path.slice(-12)))) {
      for (const r of f.rows) {
        states.set(r.cells[0] ?? '', [...(states.get(r.cells[0] ?? '') ?? []), r.cells[5] ?? '']);
        seen.set(r.cells[0] ?? '', [...(seen.get(r.cells[0] ?? '') ?? []), f.path.slice(-12, -4)]);
      }
    }
    const all = new Set([...states.values()].flat());
    for (const state of ['En construction', 'En instruction', 'Accepté', 'Refusé', 'Classé sans suite']) expect(all.has(state), state).toBe(true);
    expect([...states.values()].some((s) => s.join('>').includes('Accepté>Classé sans suite'))).toBe(true);
    const last = '20260222';
    expect([...seen.values()].some((dates) => !dates.includes(last))).toBe(true);
    const rows = files.flatMap((f) => f.rows.map((r) => r.cells));
    expect(rows.some((r) => /^\d\d\/\d\d\/\d{4} \d\d:\d\d$/.test(r[7] ?? ''))).toBe(true);
    expect(rows.some((r) => /^\d\d\/\d\d\/\d{4}$/.test(r[6] ?? ''))).toBe(true);
    expect(rows.some((r) => (r[13] ?? '').includes(', '))).toBe(true);
    expect(new Set(rows.map((r) => r[14]))).toEqual(new Set(['1', '2']));
  });
});

describe('contexte du territoire', () => {
  it('masque par « s » les effectifs de patientèle de 1 à 10', async () => {
    const values = (await readSource('cnam.patientele')).flatMap((f) => f.rows.flatMap((r) => r.cells.slice(2)));
    expect(values).toContain('s');
    for (const v of values) if (/^\d+$/.test(v)) expect(Number(v) === 0 || Number(v) > 10).toBe(true);
  });

  it('rend les effectifs ameli cohérents : Tout âge = somme des classes, tout sexe = hommes + femmes', async () => {
    for (const file of await readSource('cnam.effectifs')) {
      const count = new Map(file.rows.map((r) => [`${r.cells[3]}|${r.cells[4]}|${r.cells[5]}`, Number(r.cells[6])]));
      for (const key of count.keys()) {
        const [dep, ageClass, sex] = key.split('|');
        if (sex === 'tout sexe') expect(count.get(key)).toBe((count.get(`${dep}|${ageClass}|hommes`) ?? 0) + (count.get(`${dep}|${ageClass}|femmes`) ?? 0));
        if (ageClass === 'Tout âge') {
          const classes = ['moins de 40 ans', '40 à 49 ans', '50 à 59 ans', '60 à 69 ans', '70 ans et plus'];
          expect(count.get(key)).toBe(classes.reduce((n, c) => n + (count.get(`${dep}|${c}|${sex}`) ?? 0), 0));
        }
      }
    }
  });

  it('couvre toutes les communes des zones en temps d’accès aux urgences, sauf un code inconnu listé', async () => {
    const values = await cleanValues('drees.urgences', 'Code commune');
    for (const { value } of values) expect(territory.communes.has(value), value).toBe(true);
    const fault = summary.faults.find((f) => f.path.startsWith('drees/acces_urgences_'));
    expect(fault?.column).toBe('Code commune');
  });
});

describe('fautes', () => {
  it('liste au moins une faute de chaque sorte, environ une ligne sur 2 000, dans une cellule qui existe', async () => {
    const kinds = new Set(summary.faults.map((f) => `${f.path.split('_')[0]}|${f.column}`));
    expect(kinds.size).toBe(9);
    const rows = summary.files.reduce((n, f) => n + f.rows, 0);
    expect(summary.faults.length).toBeLessThan(rows / 500);
    for (const fault of summary.faults) {
      const csv = await readDemoCsv(root, fault.path);
      expect(csv.header, fault.path).toContain(fault.column);
      expect(csv.rows[fault.line - 2]?.line).toBe(fault.line);
    }
  });
});
