import type { Warehouse } from '@vigie/etl';
import { rpps } from './createTestWarehouse.js';

/** Snapshots of volunteer files: région 84 on 28/09 and 12/10, région 76 on 05/10. */
export async function insertVolunteerSnapshots(wh: Warehouse): Promise<void> {
  const row = (region: string, date: string, id: string, n: number | null, etat: string) =>
    `('${region}', DATE '${date}', '${id}', ${n === null ? 'NULL' : `'${rpps(n)}'`}, '${etat}', NULL, NULL, 2, NULL)`;
  await wh.run(`INSERT INTO clean.volontaires (code_region, extract_date, id_dossier, num_rpps, etat, date_depot, date_traitement, nb_jours_par_mois, lieux_souhaites) VALUES
    ${row('84', '2025-09-28', '101', 1, 'Accepté')}, ${row('84', '2025-09-28', '102', 2, 'En instruction')},
    ${row('84', '2025-09-28', '103', 3, 'En construction')}, ${row('84', '2025-09-28', '104', 1, 'Accepté')},
    ${row('84', '2025-09-28', '105', null, 'Accepté')},
    ${row('84', '2025-10-12', '101', 1, 'Refusé')}, ${row('84', '2025-10-12', '102', 2, 'Accepté')}, ${row('84', '2025-10-12', '106', 4, 'Accepté')},
    ${row('76', '2025-10-05', '107', 1, 'Accepté')}, ${row('76', '2025-10-05', '108', 5, 'En instruction')}`);
}
