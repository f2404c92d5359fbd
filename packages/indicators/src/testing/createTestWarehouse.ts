import { buildCleanTables, openWarehouse, type Warehouse } from '@vigie/etl';
import { ensureIndicatorTables } from '../compute/ensureIndicatorTables.js';

/** The ref.* tables of docs/architecture.md, empty: the test territory below replaces the INSEE referential. */
const REF_TABLES_DDL = `
CREATE TABLE ref.regions (code_region VARCHAR, libelle VARCHAR);
CREATE TABLE ref.departements (code_departement VARCHAR, libelle VARCHAR, code_region VARCHAR);
CREATE TABLE ref.communes (code_commune VARCHAR, libelle VARCHAR, code_departement VARCHAR, code_region VARCHAR, code_epci VARCHAR, population BIGINT);
CREATE TABLE ref.epci (code_epci VARCHAR, libelle VARCHAR, population BIGINT, code_departement VARCHAR, code_region VARCHAR);
CREATE TABLE ref.parametres (nom VARCHAR, date_debut DATE, valeur DOUBLE);
`;

/**
 * The territory of the tests (populations chosen for easy arithmetic):
 * région 84 holds départements 01 and 03, région 76 holds département 12.
 * Zones: Z1 200000001 (01, 10 000 h.), Z2 200000002 (01, 5 000 h.), Z3 200000003 (03, 20 000 h.,
 * designated late, on 15/10/2025), Z4 200000004 (12, 8 000 h.). EPCI 200000009 (01, 30 000 h.) is
 * not a zone. Lieux: L1 and L2 in Z1, L3 in Z2, L4 in Z3, L5 in Z4, L9 outside any zone.
 * Each EPCI has two communes of equal population.
 */
export const Z1 = '200000001';
export const Z2 = '200000002';
export const Z3 = '200000003';
export const Z4 = '200000004';
export const OUTSIDE = '200000009';
export const L1 = '10000000000001';
export const L2 = '10000000000002';
export const L3 = '10000000000003';
export const L4 = '10000000000004';
export const L5 = '10000000000005';
export const L9 = '10000000000009';

const TERRITORY_SQL = `
INSERT INTO ref.regions VALUES ('84', 'Auvergne-Rhône-Alpes'), ('76', 'Occitanie');
INSERT INTO ref.departements VALUES ('01', 'Ain', '84'), ('03', 'Allier', '84'), ('12', 'Aveyron', '76');
INSERT INTO ref.epci VALUES
  ('${Z1}', 'CC Zone Un', 10000, '01', '84'), ('${Z2}', 'CC Zone Deux', 5000, '01', '84'),
  ('${Z3}', 'CC Zone Trois', 20000, '03', '84'), ('${Z4}', 'CC Zone Quatre', 8000, '12', '76'),
  ('${OUTSIDE}', 'CA Hors Zone', 30000, '01', '84');
INSERT INTO ref.communes VALUES
  ('01001', 'Un-A', '01', '84', '${Z1}', 5000), ('01002', 'Un-B', '01', '84', '${Z1}', 5000),
  ('01003', 'Deux-A', '01', '84', '${Z2}', 2500), ('01004', 'Deux-B', '01', '84', '${Z2}', 2500),
  ('03001', 'Trois-A', '03', '84', '${Z3}', 10000), ('03002', 'Trois-B', '03', '84', '${Z3}', 10000),
  ('12001', 'Quatre-A', '12', '76', '${Z4}', 4000), ('12002', 'Quatre-B', '12', '76', '${Z4}', 4000),
  ('01009', 'Hors-A', '01', '84', '${OUTSIDE}', 15000), ('01010', 'Hors-B', '01', '84', '${OUTSIDE}', 15000);
INSERT INTO ref.parametres VALUES ('indemnite_journaliere', DATE '2025-09-01', 200);
INSERT INTO clean.zones VALUES
  ('${Z1}', 'CC Zone Un', '84', DATE '2025-06-27', 'pilote', NULL),
  ('${Z2}', 'CC Zone Deux', '84', DATE '2025-06-27', 'pilote', NULL),
  ('${Z3}', 'CC Zone Trois', '84', DATE '2025-10-15', 'généralisation', NULL),
  ('${Z4}', 'CC Zone Quatre', '76', DATE '2025-06-27', 'pilote', NULL);
INSERT INTO clean.lieux VALUES
  ('${L1}', 'Maison de santé Un', 'MSP', '1 rue A', '01001', '${Z1}', DATE '2025-08-01', NULL, '84'),
  ('${L2}', 'France services Un', 'FRANCE_SERVICES', '2 rue A', '01002', '${Z1}', DATE '2025-08-01', NULL, '84'),
  ('${L3}', 'Centre de santé Deux', 'CDS', '3 rue B', '01003', '${Z2}', DATE '2025-08-01', NULL, '84'),
  ('${L4}', 'Cabinet du Dr Martin', 'CABINET', '4 rue C', '03001', '${Z3}', DATE '2025-08-01', NULL, '84'),
  ('${L5}', 'Maison de santé Quatre', 'MSP', '5 rue D', '12001', '${Z4}', DATE '2025-08-01', NULL, '76'),
  ('${L9}', 'Maison de santé Hors', 'MSP', '9 rue H', '01009', '${OUTSIDE}', DATE '2025-08-01', NULL, '84');
`;

/**
 * An in-memory warehouse with the schemas, the ledger, the test territory and empty clean tables
 * built by the real model (`buildCleanTables` of @vigie/etl on an empty warehouse: never a
 * hand-written copy of their columns); raw.* is left empty.
 */
export async function createTestWarehouse(): Promise<Warehouse> {
  const wh = await openWarehouse(':memory:');
  await ensureIndicatorTables(wh);
  await wh.run(REF_TABLES_DDL);
  await buildCleanTables(wh);
  await wh.run('DROP SCHEMA raw CASCADE; CREATE SCHEMA raw;');
  await wh.run(TERRITORY_SQL);
  return wh;
}

/** RPPS numbers of the tests (11 digits). */
export function rpps(n: number): string {
  return `100000000${String(n).padStart(2, '0')}`;
}

/** A 64-hex patient pseudonym. */
export function patient(n: number): string {
  return n.toString(16).padStart(64, 'a');
}

export interface DayRow {
  date: string;
  rpps: number;
  lieu: string;
  creneau?: 'JOURNEE' | 'MATIN' | 'APRES_MIDI';
  statut?: 'REALISEE' | 'PLANIFIEE' | 'ANNULEE';
}

export async function insertDays(wh: Warehouse, rows: readonly DayRow[]): Promise<void> {
  for (const r of rows) {
    const creneau = r.creneau ?? 'JOURNEE';
    await wh.run(`INSERT INTO clean.journees (date, num_rpps, siret_lieu, creneau, statut, nb_rdv_proposes, nb_rdv_pris, unites) VALUES ($date::DATE, $rpps, $lieu, $creneau, $statut, 10, 8, $unites)`, {
      date: r.date,
      rpps: rpps(r.rpps),
      lieu: r.lieu,
      creneau,
      statut: r.statut ?? 'REALISEE',
      unites: creneau === 'JOURNEE' ? 1 : 0.5,
    });
  }
}

export interface ActRow {
  date: string;
  lieu: string;
  patient?: number;
  prestation?: string;
  ald?: 0 | 1;
  avecMt?: 0 | 1;
  depassement?: number;
}

/** Inserts `count` acts alike (ids continue from the acts already there). */
export async function insertActs(wh: Warehouse, act: ActRow, count = 1): Promise<void> {
  await wh.run(
    `INSERT INTO clean.actes
     SELECT 'A' || (n + (SELECT count(*) FROM clean.actes)), $date::DATE, '${rpps(1)}', $lieu, $prestation,
            CASE WHEN $patient < 0 THEN lpad(printf('%x', n + 100000), 64, 'b') ELSE $pseudonym END,
            '40-59', '2', $ald, $avecMt, '01001', 30.0, $depassement
     FROM range($count::BIGINT) t(n)`,
    {
      date: act.date,
      lieu: act.lieu,
      prestation: act.prestation ?? 'G',
      patient: act.patient ?? -1,
      pseudonym: patient(act.patient ?? 0),
      ald: act.ald ?? 0,
      avecMt: act.avecMt ?? 1,
      depassement: act.depassement ?? 0,
      count,
    },
  );
}
