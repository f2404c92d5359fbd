import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse, insertActs, insertDays, L1 } from '../testing/createTestWarehouse.js';
import { resolveAsOf } from './resolveAsOf.js';

describe('resolveAsOf', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
  });
  afterEach(() => wh.close());

  it('takes the Sunday on or before a given date', async () => {
    expect(await resolveAsOf(wh, '2025-10-08')).toBe('2025-10-05');
    expect(await resolveAsOf(wh, '2025-10-05')).toBe('2025-10-05');
    await expect(resolveAsOf(wh, '08/10/2025')).rejects.toThrow(/AAAA-MM-JJ/);
  });

  it('without activity files in the ledger, takes the Sunday on or before the latest realised day or act', async () => {
    await insertDays(wh, [{ date: '2025-10-01', rpps: 1, lieu: L1 }, { date: '2025-10-20', rpps: 1, lieu: L1, statut: 'ANNULEE' }]);
    await insertActs(wh, { date: '2025-10-13', lieu: L1 });
    expect(await resolveAsOf(wh, undefined, '2026-01-10')).toBe('2025-10-12');
    await insertDays(wh, [{ date: '2025-11-19', rpps: 1, lieu: L1, statut: 'PLANIFIEE' }]);
    expect(await resolveAsOf(wh, undefined, '2026-01-10')).toBe('2025-10-12'); // planned days are not data
  });

  it('takes the latest week whose activity extract was loaded', async () => {
    await insertDays(wh, [{ date: '2025-10-01', rpps: 1, lieu: L1 }]);
    await wh.run(`INSERT INTO ledger.files (file_id, path, source_id, size_bytes, extract_date, arrived_at, status) VALUES
      ('a', 'ars/journees_76_2025-S44.csv', 'ars.journees', 1, DATE '2025-11-02', now()::TIMESTAMP, 'charge'),
      ('b', 'cnam/actes_mission_2025-S45.csv', 'cnam.actes', 1, DATE '2025-11-09', now()::TIMESTAMP, 'rejete')`);
    expect(await resolveAsOf(wh, undefined, '2026-01-10')).toBe('2025-11-02'); // a rejected file is not data
  });

  it('never goes past the last week that has ended in Paris', async () => {
    await insertDays(wh, [{ date: '2025-12-20', rpps: 1, lieu: L1, statut: 'PLANIFIEE' }]);
    expect(await resolveAsOf(wh, undefined, '2025-10-15')).toBe('2025-10-12');
    expect(await resolveAsOf(wh, undefined, '2025-10-12')).toBe('2025-10-05'); // a Sunday: its week is not over
  });
});
