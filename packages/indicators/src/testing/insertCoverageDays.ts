import type { Warehouse } from '@vigie/etl';
import { insertDays, L1, L3, L4, L5, L9, Z2 } from './createTestWarehouse.js';

/**
 * The days of the coverage tests (zones_couvertes, taux_zones_couvertes): Z1 realised on 08/09,
 * Z2 only planned and cancelled days then withdrawn on 20/10, Z3 a day before its designation
 * (15/10) and one after, Z4 a half day on 30/10, and a day outside every zone.
 */
export async function insertCoverageDays(wh: Warehouse): Promise<void> {
  await wh.run(`UPDATE clean.zones SET date_retrait = DATE '2025-10-20' WHERE code_epci = '${Z2}'`);
  await insertDays(wh, [
    { date: '2025-09-08', rpps: 1, lieu: L1 }, // Z1
    { date: '2025-09-20', rpps: 2, lieu: L3, statut: 'PLANIFIEE' }, // Z2, planned only
    { date: '2025-09-21', rpps: 2, lieu: L3, statut: 'ANNULEE' }, // Z2, cancelled
    { date: '2025-10-01', rpps: 3, lieu: L4 }, // Z3 before its designation on 15/10
    { date: '2025-10-20', rpps: 3, lieu: L4 }, // Z3
    { date: '2025-10-30', rpps: 4, lieu: L5, creneau: 'MATIN' }, // Z4, a half day covers
    { date: '2025-10-30', rpps: 5, lieu: L9 }, // outside every zone
  ]);
}
