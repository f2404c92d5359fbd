import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model/buildModel.js';
import { ingestInbox } from '../ingest/ingestInbox.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { inboxWithSamples, writeInbox } from '../testing/writeInbox.js';
import type { Warehouse } from '../warehouse/index.js';

const HEADER = 'siret_lieu;mois;nb_reponses;note_moyenne;part_recommande';

describe('ars.satisfaction', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('loads the sample (header only), dated by the last day of its month', async () => {
    const [file] = (await ingestInbox(wh, { inbox: inboxWithSamples(['ars/satisfaction_01_2025-09.csv']), runId: 'r1' })).files;
    expect(file).toMatchObject({ source: 'ars.satisfaction', status: 'charge', rowsRead: 0 });
    expect(await wh.one('SELECT extract_date, scope FROM ledger.files')).toEqual({ extract_date: '2025-09-30', scope: '01' });
  });

  it('rejects a mark above 5, a share above 1 and a month out of the calendar', async () => {
    const inbox = writeInbox([{
      path: 'ars/satisfaction_01_2025-10.csv',
      lines: [HEADER, '88153952193870;2025-10;12;4,5;0,92', '17937330621974;2025-10;3;6,2;0,5', '17937330621974;2025-09;3;4;1,5', '17937330621974;2025-13;3;4;0,5'],
    }]);
    const [file] = (await ingestInbox(wh, { inbox, runId: 'r1' })).files;
    expect(file).toMatchObject({ rowsRead: 4, rowsLoaded: 1, rowsRejected: 3 });
    const rejects = await wh.all<{ line: number; message: string }>('SELECT line, message FROM ledger.rejects ORDER BY line');
    expect(rejects.map((r) => r.message)).toEqual([
      `ligne 3, colonne "note_moyenne" : "6,2" est hors de l'intervalle attendu (entre 1 et 5)`,
      `ligne 4, colonne "part_recommande" : "1,5" est hors de l'intervalle attendu (entre 0 et 1)`,
      `ligne 5, colonne "mois" : "2025-13" n'est pas un mois AAAA-MM (ex. 2025-10)`,
    ]);
    await buildModel(wh);
    expect(await wh.all('SELECT * FROM clean.satisfaction')).toEqual([
      { siret_lieu: '88153952193870', mois: '2025-10', nb_reponses: 12, note_moyenne: 4.5, part_recommande: 0.92, code_region_ars: '01' },
    ]);
  });
});
