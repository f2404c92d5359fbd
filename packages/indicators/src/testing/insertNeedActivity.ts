import type { Warehouse } from '@vigie/etl';
import { insertActs, insertDays, L1, L5 } from './createTestWarehouse.js';
import { insertNeedApl } from './insertNeedApl.js';

/**
 * The needs of insertNeedApl (Z1 7 500 consultations a year, Z2 0, Z4 2 000, partiel) and the
 * mission's activity that turns them into days:
 * - 2025-S37: 3 realised days and 3 acts at L1 (Z1: an act count that secrecy masks);
 * - 2025-S38: 9 realised days and 177 acts at L5 (Z4).
 * National cumul: end of S37, 3 days (< 10: default 20 acts a day); end of S38, 12 days and 180
 * acts: 15 a day. Z1 then needs 31,25 days a month at S37 and 41,67 from S38; Z4 11,11 at S38.
 */
export async function insertNeedActivity(wh: Warehouse): Promise<void> {
  await insertNeedApl(wh);
  await insertDays(wh, [
    { date: '2025-09-08', rpps: 1, lieu: L1 }, { date: '2025-09-09', rpps: 1, lieu: L1 }, { date: '2025-09-10', rpps: 1, lieu: L1 },
    ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({ date: '2025-09-15', rpps: n, lieu: L5 })),
  ]);
  await insertActs(wh, { date: '2025-09-08', lieu: L1 }, 3);
  await insertActs(wh, { date: '2025-09-15', lieu: L5 }, 177);
}
