import type { Warehouse } from '@vigie/etl';
import { rpps } from './createTestWarehouse.js';

/** Snapshots of volunteer files: région 84 on 28/09 and 12/10, région 76 on 05/10. */
export async function insertVolunteerSnapshots(wh: Warehouse): Promise<void> {
  const row = (region: string, date: string, id: string, n: number | null, etat: string) =>
    `('${region}', DATE '${date}', '${id}', ${n === null ? 'NULL' : `'${rpps(n)}'`}, '${etat}', NULL, NULL, 2, NULL)`;
  await wh.run(`INSERT INTO clean.volontaires VALUES
    ${row('84', '2025-09-28', 'A', 1, 'Accepté')}, ${row('84', '2025-09-28', 'B', 2, 'En instruction')},
    ${row('84', '2025-09-28', 'C', 3, 'En construction')}, ${row('84', '2025-09-28', 'D', 1, 'Accepté')},
    ${row('84', '2025-09-28', 'E', null, 'Accepté')},
    ${row('84', '2025-10-12', 'A', 1, 'Refusé')}, ${row('84', '2025-10-12', 'B', 2, 'Accepté')}, ${row('84', '2025-10-12', 'F', 4, 'Accepté')},
    ${row('76', '2025-10-05', 'G', 1, 'Accepté')}, ${row('76', '2025-10-05', 'H', 5, 'En instruction')}`);
}
