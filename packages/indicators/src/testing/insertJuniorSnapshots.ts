import type { Warehouse } from '@vigie/etl';
import { OUTSIDE, rpps, Z1, Z2, Z4 } from './createTestWarehouse.js';

/** RPPS of the docteurs juniors (A…E) and of their maîtres de stage (M1…M3) of the fixture. */
export const DJ = { A: rpps(51), B: rpps(52), C: rpps(53), D: rpps(54), E: rpps(55) } as const;
export const MSU = { M1: rpps(61), M2: rpps(62), M3: rpps(63) } as const;

interface Assignment {
  region: string;
  date: string;
  dj: string;
  commune: string;
  epci: string;
  msu: string;
  zonage: 'ZIP' | 'ZAC' | 'QPV' | 'AUCUN';
  statut: 'AFFECTE' | 'EN_POSTE' | 'INTERROMPU' | 'TERMINE';
  actes: number | null;
}

/**
 * Snapshots of `ars.docteurs_juniors` (clean tables), known answers worked out by hand:
 * - région 84, 30/11/2026: A en poste in Z1 (ZIP, M1, 250 acts), B en poste in Z2 (ZAC, M1, 150),
 *   C affecté (not yet started) in Z1, D en poste outside every zone (ZIP, M2);
 * - région 84, 31/12/2026: A moved to Z2 (ZIP, M1, 210), B interrompu, C en poste in Z1 (AUCUN, M2, unknown acts);
 * - région 76, 15/12/2026 (no snapshot in November): E en poste in Z4 (QPV, M3, 190).
 */
export async function insertJuniorSnapshots(wh: Warehouse): Promise<void> {
  const rows: Assignment[] = [
    { region: '84', date: '2026-11-30', dj: DJ.A, commune: '01001', epci: Z1, msu: MSU.M1, zonage: 'ZIP', statut: 'EN_POSTE', actes: 250 },
    { region: '84', date: '2026-11-30', dj: DJ.B, commune: '01003', epci: Z2, msu: MSU.M1, zonage: 'ZAC', statut: 'EN_POSTE', actes: 150 },
    { region: '84', date: '2026-11-30', dj: DJ.C, commune: '01001', epci: Z1, msu: MSU.M2, zonage: 'AUCUN', statut: 'AFFECTE', actes: null },
    { region: '84', date: '2026-11-30', dj: DJ.D, commune: '01009', epci: OUTSIDE, msu: MSU.M2, zonage: 'ZIP', statut: 'EN_POSTE', actes: 300 },
    { region: '84', date: '2026-12-31', dj: DJ.A, commune: '01003', epci: Z2, msu: MSU.M1, zonage: 'ZIP', statut: 'EN_POSTE', actes: 210 },
    { region: '84', date: '2026-12-31', dj: DJ.B, commune: '01003', epci: Z2, msu: MSU.M1, zonage: 'ZAC', statut: 'INTERROMPU', actes: 40 },
    { region: '84', date: '2026-12-31', dj: DJ.C, commune: '01001', epci: Z1, msu: MSU.M2, zonage: 'AUCUN', statut: 'EN_POSTE', actes: null },
    { region: '76', date: '2026-12-15', dj: DJ.E, commune: '12001', epci: Z4, msu: MSU.M3, zonage: 'QPV', statut: 'EN_POSTE', actes: 190 },
  ];
  for (const r of rows) {
    await wh.run(
      `INSERT INTO clean.docteurs_juniors VALUES ($region, $date::DATE, $dj, '2026-11', DATE '2026-11-03', NULL, '10000000000001', $commune, $epci, $msu, $zonage, $statut, $actes::INTEGER)`,
      { ...r },
    );
  }
  await wh.run(`INSERT INTO clean.docteurs_juniors_instantanes VALUES ('84', DATE '2026-11-30', 4), ('84', DATE '2026-12-31', 3), ('76', DATE '2026-12-15', 1)`);
}
