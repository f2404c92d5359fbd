import { addDays, isLuhnValid, isoWeekOf } from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ParsedCsv, readDemoCsv, readDemoSource } from '../testing/readDemoCsv.js';
import { temporaryFolder } from '../testing/temporaryFolder.js';
import { loadDemoTerritory } from './demoTerritory.js';
import type { DemoSummary } from './demoTypes.js';
import { writeDemoInbox } from './writeDemoInbox.js';

const UNTIL = '2026-02-22';
let root: string;
let summary: DemoSummary;
let remove: () => Promise<void>;
const territory = loadDemoTerritory();
const toIso = (fr: string): string => `${fr.slice(6, 10)}-${fr.slice(3, 5)}-${fr.slice(0, 2)}`;

type Row = { path: string; line: number; cells: string[]; week: string };
let missionDays: Row[];
let acts: Row[];
let placeEpci: Map<string, string>;
let zonesInForce: Set<string>;

beforeAll(async () => {
  ({ path: root, remove } = await temporaryFolder('demo-activity'));
  summary = await writeDemoInbox({ out: root, scale: 0.1, until: UNTIL, seed: 11 });
  const read = (source: string) => readDemoSource(root, summary, source);
  const rowsOf = (files: (ParsedCsv & { path: string })[]): Row[] =>
    files.flatMap((f) => f.rows.map((r) => ({ path: f.path, line: r.line, cells: r.cells, week: /(\d{4}-S\d\d)/.exec(f.path)?.[1] ?? '' })));
  missionDays = rowsOf(await read('ars.journees'));
  acts = rowsOf(await read('cnam.actes'));
  const places = (await read('ars.lieux')).filter((f) => f.path.endsWith('_20260222.csv'));
  placeEpci = new Map(places.flatMap((f) => f.rows.map((r) => [r.cells[0] ?? '', r.cells[5] ?? ''] as const)));
  const zoneLists = await read('drees.zones');
  zonesInForce = new Set(zoneLists[zoneLists.length - 1]?.rows.map((r) => r.cells[0] ?? ''));
}, 60_000);
afterAll(() => remove());

const faultAt = (row: Row): boolean => summary.faults.some((f) => f.path === row.path && f.line === row.line);
/** La dernière version de chaque clé, fichiers pris dans l'ordre de leur semaine. */
function latest(rows: Row[], key: (cells: string[]) => string): Map<string, Row> {
  const result = new Map<string, Row>();
  for (const row of [...rows].sort((a, b) => a.week.localeCompare(b.week) || a.line - b.line)) if (!faultAt(row)) result.set(key(row.cells), row);
  return result;
}
const missionDayKey = (c: string[]): string => c.slice(0, 4).join('|');

describe('journées de mission', () => {
  it('donne des RPPS valides et des lieux connus, des valeurs du contrat, sauf fautes listées', () => {
    expect(missionDays.length).toBeGreaterThan(50);
    for (const row of missionDays) {
      if (faultAt(row)) continue;
      const [date, rpps, siret, slot, status] = row.cells;
      expect(isLuhnValid(rpps ?? '') && rpps?.length === 11, rpps).toBe(true);
      expect(placeEpci.has(siret ?? ''), siret).toBe(true);
      expect(['JOURNEE', 'MATIN', 'APRES_MIDI']).toContain(slot);
      expect(['PLANIFIEE', 'REALISEE', 'ANNULEE']).toContain(status);
      expect(toIso(date ?? '') >= '2025-09-01').toBe(true);
      expect(Number(row.cells[6])).toBeLessThanOrEqual(Number(row.cells[5]));
    }
    const faults = summary.faults.filter((f) => f.path.startsWith('ars/journees_'));
    expect(new Set(faults.map((f) => f.column))).toEqual(new Set(['num_rpps', 'date']));
    for (const f of faults.filter((x) => x.column === 'num_rpps')) {
      const row = missionDays.find((r) => r.path === f.path && r.line === f.line);
      expect(isLuhnValid(row?.cells[1] ?? '')).toBe(false);
    }
  });

  it('renvoie dans une semaine plus tardive des journées dont le statut a changé (le dernier fichier l’emporte)', () => {
    const byKey = new Map<string, Row[]>();
    for (const row of missionDays) byKey.set(missionDayKey(row.cells), [...(byKey.get(missionDayKey(row.cells)) ?? []), row]);
    const updated = [...byKey.values()].filter((rows) =>
      rows.some((r) => r.week > isoWeekOf(toIso(r.cells[0] ?? '')).label) && new Set(rows.map((r) => r.cells[4])).size > 1,
    );
    expect(updated.length).toBeGreaterThan(0);
    expect(updated.some((rows) => rows.some((r) => r.cells[4] === 'ANNULEE') && rows.some((r) => r.cells[4] === 'REALISEE'))).toBe(true);
    expect(missionDays.some((r) => r.cells[4] === 'PLANIFIEE' && toIso(r.cells[0] ?? '') > UNTIL)).toBe(true);
  });

  it('laisse des zones sans journée réalisée pendant quatre semaines ou plus', () => {
    const lastRealised = new Map<string, string>();
    for (const row of latest(missionDays, missionDayKey).values()) {
      const epci = placeEpci.get(row.cells[2] ?? '') ?? '';
      const date = toIso(row.cells[0] ?? '');
      if (row.cells[4] === 'REALISEE' && date > (lastRealised.get(epci) ?? '')) lastRealised.set(epci, date);
    }
    const uncovered = [...zonesInForce].filter((z) => (lastRealised.get(z) ?? '') < addDays(UNTIL, -27));
    expect(uncovered.length).toBeGreaterThan(0);
    expect(uncovered.length).toBeLessThan(zonesInForce.size);
  });
});

describe('actes', () => {
  it('facture chaque acte pendant une journée réalisée, au lieu et par le médecin de la journée', () => {
    const realised = new Set([...latest(missionDays, missionDayKey).values()].filter((r) => r.cells[4] === 'REALISEE').map((r) => r.cells.slice(0, 3).join('|')));
    const faultySirets = new Set(missionDays.filter(faultAt).map((r) => r.cells[2]));
    for (const row of latest(acts, (c) => c[0] ?? '').values()) {
      const [, date, rpps, siret] = row.cells;
      expect(isLuhnValid(rpps ?? '') && isLuhnValid(siret ?? '')).toBe(true);
      if (!faultySirets.has(siret)) expect(realised.has(`${date}|${rpps}|${siret}`), `${row.path}:${row.line}`).toBe(true);
      expect(row.cells[5]).toMatch(/^[0-9a-f]{64}$/);
      const residence = territory.communes.get(row.cells[10] ?? '');
      expect(residence?.epci).toBe(placeEpci.get(siret ?? ''));
      expect(row.cells[11]).toMatch(/^\d+,\d\d$/);
    }
  });

  it('a des proportions plausibles : patients qui reviennent, ALD ≈ 20 %, sans médecin traitant 25 à 40 %', () => {
    const actCells = [...latest(acts, (c) => c[0] ?? '').values()].map((r) => r.cells);
    const share = (test: (c: string[]) => boolean): number => actCells.filter(test).length / actCells.length;
    expect(new Set(actCells.map((c) => c[5])).size).toBeLessThan(actCells.length);
    expect(share((c) => c[8] === '1')).toBeGreaterThan(0.1);
    expect(share((c) => c[8] === '1')).toBeLessThan(0.3);
    expect(share((c) => c[9] === '0')).toBeGreaterThan(0.2);
    expect(share((c) => c[9] === '0')).toBeLessThan(0.45);
    expect(share((c) => c[4] === 'G' || c[4] === 'GS')).toBeGreaterThan(0.7);
    for (const code of ['VG', 'TCG', 'COE', 'APC']) expect(actCells.some((c) => c[4] === code), code).toBe(true);
    const overbillings = actCells.filter((c) => c[12] !== '0,00').length;
    expect(overbillings).toBeGreaterThan(0);
    expect(overbillings).toBeLessThan(actCells.length / 100);
  });

  it('renvoie des actes corrigés sous le même id_acte dans une semaine plus tardive', () => {
    const versions = new Map<string, Row[]>();
    for (const row of acts) versions.set(row.cells[0] ?? '', [...(versions.get(row.cells[0] ?? '') ?? []), row]);
    const corrected = [...versions.values()].filter((rows) => rows.length > 1);
    expect(corrected.length).toBeGreaterThan(0);
    for (const rows of corrected) {
      expect(rows[1]?.week).not.toBe(rows[0]?.week);
      expect(rows[1]?.cells.join(';')).not.toBe(rows[0]?.cells.join(';'));
    }
  });

  it('laisse des semaines de zone à 1 à 10 actes (matière pour le secret statistique)', () => {
    const perZoneWeek = new Map<string, number>();
    for (const row of latest(acts, (c) => c[0] ?? '').values()) {
      const key = `${placeEpci.get(row.cells[3] ?? '')}|${isoWeekOf(toIso(row.cells[1] ?? '')).label}`;
      perZoneWeek.set(key, (perZoneWeek.get(key) ?? 0) + 1);
    }
    expect([...perZoneWeek.values()].some((n) => n >= 1 && n <= 10)).toBe(true);
  });
});

describe('satisfaction', () => {
  it('note les lieux qui ont consulté ce mois-là, de 1 à 5, sauf fautes listées', async () => {
    const files = summary.files.filter((f) => f.source === 'ars.satisfaction');
    let rows = 0;
    for (const f of files) {
      const csv = await readDemoCsv(root, f.path);
      for (const r of csv.rows) {
        rows++;
        expect(placeEpci.has(r.cells[0] ?? '')).toBe(true);
        expect(f.path).toContain(`_${r.cells[1]}.csv`);
        const note = Number((r.cells[3] ?? '').replace(',', '.'));
        const faulty = summary.faults.some((x) => x.path === f.path && x.line === r.line);
        expect(note >= 1 && note <= 5).toBe(!faulty);
      }
    }
    expect(rows).toBeGreaterThan(5);
  });
});
