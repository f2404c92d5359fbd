import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model/buildModel.js';
import { ingestInbox } from '../ingest/ingestInbox.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { type FixtureFile, inboxWithSamples, writeInbox } from '../testing/writeInbox.js';
import type { Warehouse } from '../warehouse/index.js';

const HEADER = 'date;num_rpps;siret_lieu;creneau;statut;nb_rdv_proposes;nb_rdv_pris';
const RPPS = '10275067071';
const SIRET = '88153952193870';

describe('ars.journees', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('loads the sample (header only) and dates the file by the Sunday of its ISO week', async () => {
    const [file] = (await ingestInbox(wh, { inbox: inboxWithSamples(['ars/journees_01_2025-S36.csv']), runId: 'r1' })).files;
    expect(file).toMatchObject({ source: 'ars.journees', status: 'charge', rowsRead: 0, rowsLoaded: 0, rowsRejected: 0 });
    expect(await wh.one('SELECT extract_date, scope FROM ledger.files')).toEqual({ extract_date: '2025-09-07', scope: '01' });
  });

  it('rejects a bad Luhn key, 31 February, an unknown slot and a negative count; counts ½ for a half-day', async () => {
    const inbox = writeInbox([{
      path: 'ars/journees_01_2025-S37.csv',
      lines: [
        HEADER,
        `08/09/2025;${RPPS};${SIRET};JOURNEE;REALISEE;20;18`,
        `09/09/2025;${RPPS};${SIRET};MATIN;REALISEE;10;9`,
        `09/09/2025;10275067072;${SIRET};APRES_MIDI;REALISEE;10;9`,
        `31/02/2025;${RPPS};${SIRET};MATIN;PLANIFIEE;;`,
        `10/09/2025;${RPPS};${SIRET};SOIREE;PLANIFIEE;;`,
        `11/09/2025;${RPPS};${SIRET};JOURNEE;ANNULEE;-1;0`,
      ],
    }]);
    const [file] = (await ingestInbox(wh, { inbox, runId: 'r1' })).files;
    expect(file).toMatchObject({ status: 'charge_avec_rejets', rowsRead: 6, rowsLoaded: 2, rowsRejected: 4 });
    const rejects = await wh.all<{ line: number; column_name: string; value: string; message: string }>('SELECT line, column_name, value, message FROM ledger.rejects ORDER BY line');
    expect(rejects.map((r) => [r.line, r.column_name, r.value])).toEqual([
      [4, 'num_rpps', '10275067072'], [5, 'date', '31/02/2025'], [6, 'creneau', 'SOIREE'], [7, 'nb_rdv_proposes', '-1'],
    ]);
    await buildModel(wh);
    expect(await wh.all('SELECT date, creneau, unites, nb_rdv_pris FROM clean.journees ORDER BY date')).toEqual([
      { date: '2025-09-08', creneau: 'JOURNEE', unites: 1, nb_rdv_pris: 18 },
      { date: '2025-09-09', creneau: 'MATIN', unites: 0.5, nb_rdv_pris: 9 },
    ]);
  });

  it('lets a later week update an earlier day, whatever the order the weeks arrive in', async () => {
    const s37: FixtureFile = { path: 'ars/journees_01_2025-S37.csv', lines: [HEADER, `08/09/2025;${RPPS};${SIRET};JOURNEE;PLANIFIEE;20;0`] };
    const s38: FixtureFile = { path: 'ars/journees_01_2025-S38.csv', lines: [HEADER, `08/09/2025;${RPPS};${SIRET};JOURNEE;REALISEE;20;17`, `15/09/2025;${RPPS};${SIRET};MATIN;PLANIFIEE;;`] };
    const read = () => wh.all('SELECT date, statut, nb_rdv_pris FROM clean.journees ORDER BY date');
    await ingestInbox(wh, { inbox: writeInbox([s38]), runId: 'r1', now: new Date('2025-09-20T08:00:00Z') });
    await ingestInbox(wh, { inbox: writeInbox([s37]), runId: 'r2', now: new Date('2025-09-21T08:00:00Z') });
    await buildModel(wh);
    expect(await read()).toEqual([
      { date: '2025-09-08', statut: 'REALISEE', nb_rdv_pris: 17 },
      { date: '2025-09-15', statut: 'PLANIFIEE', nb_rdv_pris: null },
    ]);
    await buildModel(wh, { asOf: '2025-09-14' });
    expect(await read()).toEqual([{ date: '2025-09-08', statut: 'PLANIFIEE', nb_rdv_pris: 0 }]);
  });
});
