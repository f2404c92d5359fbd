import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceById } from '../sources/sources.js';
import { ensureSchemas } from '../warehouse/ensureSchemas.js';
import { openWarehouse, type Warehouse } from '../warehouse/openWarehouse.js';
import { checkFreshness } from './checkFreshness.js';

describe('checkFreshness', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await openWarehouse(':memory:');
    await ensureSchemas(wh);
    await wh.run(`INSERT INTO ledger.files (file_id, path, source_id, size_bytes, extract_date, arrived_at, status) VALUES
      ('a', 'cnam/actes_mission_2026-S45.csv', 'cnam.actes', 10, DATE '2026-11-08', now()::TIMESTAMP, 'charge'),
      ('b', 'cnam/actes_mission_2026-S46.csv', 'cnam.actes', 10, DATE '2026-11-15', now()::TIMESTAMP, 'charge_avec_rejets'),
      ('c', 'cnam/actes_mission_2026-S47.csv', 'cnam.actes', 10, DATE '2026-11-22', now()::TIMESTAMP, 'rejete'),
      ('d', 'ars/journees_76_2026-S40.csv', 'ars.journees', 10, DATE '2026-10-04', now()::TIMESTAMP, 'charge')`);
  });
  afterAll(() => wh.close());

  it('says which sources are late, on time or never received, from loaded files only', async () => {
    const sources = [sourceById('cnam.actes'), sourceById('ars.journees'), sourceById('ars.satisfaction')];
    const { late, sources: all } = await checkFreshness(wh, { today: '2026-11-23', sources });
    const actes = all.find((s) => s.sourceId === 'cnam.actes')!;
    expect(actes.status).toBe('a_jour');
    expect(actes.latestExtract).toBe('2026-11-15'); // the rejected S47 file does not count
    expect(late.map((l) => [l.sourceId, l.status])).toEqual([
      ['ars.journees', 'en_retard'],
      ['ars.satisfaction', 'jamais_recu'],
    ]);
    expect(late[0]!.message).toMatch(/dernier extrait du 04\/10\/2026/);
  });

  it('sees the situation of a past date: later extracts do not count', async () => {
    const { sources } = await checkFreshness(wh, { today: '2026-11-10', sources: [sourceById('cnam.actes')] });
    expect(sources[0]!.latestExtract).toBe('2026-11-08');
  });
});
