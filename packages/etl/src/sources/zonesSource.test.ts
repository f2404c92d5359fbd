import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model/buildModel.js';
import { ingestInbox } from '../ingest/ingestInbox.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { inboxWithSamples, writeInbox } from '../testing/writeInbox.js';
import type { Warehouse } from '../warehouse/index.js';

const HEADER = 'Code EPCI;Nom EPCI;Code région;Date de désignation;Phase';

describe('drees.zones', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('loads the sample (UTF-8 with BOM, CRLF) into raw and clean.zones', async () => {
    const inbox = inboxWithSamples(['drees/zones_prioritaires_20250627.csv']);
    const summary = await ingestInbox(wh, { inbox, runId: 'r1' });
    expect(summary.files[0]).toMatchObject({ source: 'drees.zones', status: 'charge', rowsRead: 6, rowsLoaded: 6, rowsRejected: 0 });
    await buildModel(wh);
    const zones = await wh.all('SELECT * FROM clean.zones ORDER BY code_epci');
    expect(zones).toHaveLength(6);
    expect(zones[0]).toEqual({
      code_epci: '200000628', libelle: 'CC Rhône Lez Provence', code_region: '93', date_designation: '2025-06-27', phase: 'pilote', date_retrait: null,
    });
    expect(await wh.one('SELECT extract_date, scope FROM ledger.files')).toEqual({ extract_date: '2025-06-27', scope: null });
  });

  it('rejects an unknown EPCI, a bad region, a date that does not exist and a phase out of its domain', async () => {
    const inbox = writeInbox([{
      path: 'drees/zones_prioritaires_20250627.csv', encoding: 'utf-8-bom',
      lines: [HEADER, '200000628;CC Rhône Lez Provence;93;27/06/2025;pilote', '999999999;Inconnue;93;27/06/2025;pilote',
        '200006930;CC du Haut Allier Margeride;99;27/06/2025;pilote', '200007052;CC de la Marche Berrichonne;24;31/02/2025;pilote',
        '200007177;CC Pays de Nérondes;24;27/06/2025;Pilote'],
    }]);
    const [file] = (await ingestInbox(wh, { inbox, runId: 'r1' })).files;
    expect(file).toMatchObject({ status: 'charge_avec_rejets', rowsRead: 5, rowsLoaded: 1, rowsRejected: 4 });
    const rejects = await wh.all<{ line: number; column_name: string; message: string }>('SELECT line, column_name, message FROM ledger.rejects ORDER BY line');
    expect(rejects.map((r) => [r.line, r.column_name])).toEqual([[3, 'Code EPCI'], [4, 'Code région'], [5, 'Date de désignation'], [6, 'Phase']]);
    expect(rejects[0]!.message).toBe(`ligne 3, colonne "Code EPCI" : "999999999" n'est pas un EPCI du référentiel`);
    expect(rejects[2]!.message).toMatch(/"31\/02\/2025" n'est pas une date qui existe/);
    expect(rejects[3]!.message).toMatch(/"Pilote" n'est pas une valeur admise \(attendu : pilote, généralisation\)/);
  });

  it('rejects the whole file when a column is renamed, naming what was expected and found', async () => {
    const inbox = writeInbox([{ path: 'drees/zones_prioritaires_20250627.csv', lines: ['Code EPCI;Nom EPCI;Région;Date de désignation;Phase', '200000628;X;93;27/06/2025;pilote'] }]);
    const [file] = (await ingestInbox(wh, { inbox, runId: 'r1' })).files;
    expect(file).toMatchObject({ status: 'rejete', rowsRead: 1, rowsLoaded: 0, rowsRejected: 1 });
    expect(file!.message).toMatch(/colonne attendue absente : "Code région"/);
    expect(file!.message).toMatch(/colonne trouvée inconnue : "Région"/);
    expect(await wh.one('SELECT count(*) AS n FROM raw.drees_zones')).toEqual({ n: 0 });
    expect(await wh.one('SELECT line, column_name FROM ledger.rejects')).toEqual({ line: null, column_name: null });
  });

  it('keeps the history of a zone dropped from a newer list (date_retrait), whatever the order files arrive in', async () => {
    const first = { path: 'drees/zones_prioritaires_20250627.csv', lines: [HEADER, '200000628;A;93;27/06/2025;pilote', '200006930;B;76;27/06/2025;pilote'] };
    const second = { path: 'drees/zones_prioritaires_20260115.csv', lines: [HEADER, '200000628;A;93;27/06/2025;généralisation', '200007052;C;24;15/01/2026;généralisation'] };
    const expected = [
      { code_epci: '200000628', phase: 'généralisation', date_designation: '2025-06-27', date_retrait: null },
      { code_epci: '200006930', phase: 'pilote', date_designation: '2025-06-27', date_retrait: '2026-01-15' },
      { code_epci: '200007052', phase: 'généralisation', date_designation: '2026-01-15', date_retrait: null },
    ];
    const read = () => wh.all('SELECT code_epci, phase, date_designation, date_retrait FROM clean.zones ORDER BY code_epci');
    // newest list dropped first, the older one later (a backfill)
    await ingestInbox(wh, { inbox: writeInbox([second]), runId: 'r1', now: new Date('2026-01-16T08:00:00Z') });
    await ingestInbox(wh, { inbox: writeInbox([first]), runId: 'r2', now: new Date('2026-01-17T08:00:00Z') });
    await buildModel(wh);
    expect(await read()).toEqual(expected);
    // as of a date before the second list: only the first list is in force
    await buildModel(wh, { asOf: '2025-12-31' });
    expect((await read()).map((z) => z['date_retrait'])).toEqual([null, null]);
  });
});
