import type { Warehouse } from '@vigie/etl';
import { insertActs, insertDays, L1, L2, L3, L5, L9 } from './createTestWarehouse.js';

/** File SHA-256 of the scenario's ledger (64 hex, like every file id). */
export const FILE_ACTES = 'f'.repeat(64);
export const FILE_JOURNEES = 'e'.repeat(64);

/**
 * A small but complete scenario for publication tests: days and acts in several zones, a
 * volunteer snapshot with personal data in the raw layer, ledger rows, rejects whose messages
 * quote an RPPS, an e-mail and a name.
 */
export async function seedScenario(wh: Warehouse): Promise<void> {
  await insertDays(wh, [
    { date: '2025-09-08', rpps: 1, lieu: L1 },
    { date: '2025-09-09', rpps: 2, lieu: L2, creneau: 'MATIN' },
    { date: '2025-09-15', rpps: 1, lieu: L3 },
    { date: '2025-09-22', rpps: 3, lieu: L5 },
    { date: '2025-09-23', rpps: 3, lieu: L9 },
    { date: '2025-09-29', rpps: 1, lieu: L1, statut: 'ANNULEE' },
  ]);
  await insertActs(wh, { date: '2025-09-08', lieu: L1 }, 25);
  await insertActs(wh, { date: '2025-09-09', lieu: L2, depassement: 12.5 }, 4);
  await insertActs(wh, { date: '2025-09-15', lieu: L3 }, 3);
  await insertActs(wh, { date: '2025-09-22', lieu: L5, patient: 7 }, 14);
  await wh.run(`
    INSERT INTO clean.volontaires (code_region, extract_date, id_dossier, num_rpps, etat, date_depot, date_traitement, nb_jours_par_mois, lieux_souhaites) VALUES
      ('84', DATE '2025-09-28', '20000', '10275067071', 'Accepté', DATE '2025-08-12', DATE '2025-09-06', 2, ['${L1}']),
      ('84', DATE '2025-09-28', '20001', '10000000021', 'En instruction', DATE '2025-08-20', NULL, 1, ['${L3}']);
    CREATE TABLE IF NOT EXISTS raw.ars_volontaires (id VARCHAR, email VARCHAR, nom VARCHAR, prenom VARCHAR, num_rpps VARCHAR);
    INSERT INTO raw.ars_volontaires VALUES ('20000', 'benoit.menard@exemple.fr', 'Ménard', 'Benoît', '10275067071');
    INSERT INTO ledger.files VALUES
      ('${FILE_ACTES}', 'cnam/actes_mission_2025-S38.csv', 'cnam.actes', 2048, DATE '2025-09-21', NULL, TIMESTAMP '2025-09-22 06:00:00', 47, 46, 1, 'charge_avec_rejets', '1 ligne rejetée', 'run-0'),
      ('${FILE_JOURNEES}', 'ars/journees_84_2025-S38.csv', 'ars.journees', 1024, DATE '2025-09-21', '84', TIMESTAMP '2025-09-22 06:00:00', 6, 6, 0, 'charge', NULL, 'run-0'),
      ('${'d'.repeat(64)}', 'ars/volontaires_84_20250928.csv', 'ars.volontaires', 512, DATE '2025-09-28', '84', TIMESTAMP '2025-09-29 06:00:00', 3, 2, 1, 'charge_avec_rejets', NULL, 'run-0');
    INSERT INTO ledger.rejects VALUES
      ('${FILE_ACTES}', 'cnam/actes_mission_2025-S38.csv', 'cnam.actes', 12, 'num_rpps_executant', '1000000001', 'ligne 12, colonne "num_rpps_executant" : "1000000001" n''est pas un numéro RPPS (11 chiffres attendus)', 'run-0'),
      ('${'d'.repeat(64)}', 'ars/volontaires_84_20250928.csv', 'ars.volontaires', 3, 'Email', 'jean.dupont@exemple', 'ligne 3, colonne Email : jean.dupont@exemple n''est pas une adresse valide (Dupont Jean, 10275067071)', 'run-0'),
      ('${'d'.repeat(64)}', 'ars/volontaires_84_20250928.csv', 'ars.volontaires', 4, 'Nom', 'Ménard', 'ligne 4 : le nom Ménard est vide ou trop long', 'run-0');
  `);
}
