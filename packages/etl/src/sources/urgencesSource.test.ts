import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model/buildModel.js';
import { ingestInbox } from '../ingest/ingestInbox.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { inboxWithSamples, writeInbox } from '../testing/writeInbox.js';
import type { Warehouse } from '../warehouse/index.js';

describe('drees.urgences', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('loads the sample (decimal comma, year from the name)', async () => {
    const [file] = (await ingestInbox(wh, { inbox: inboxWithSamples(['drees/acces_urgences_2024.csv']), runId: 'r1' })).files;
    expect(file).toMatchObject({ source: 'drees.urgences', status: 'charge', rowsRead: 6, rowsLoaded: 6 });
    await buildModel(wh);
    expect(await wh.one("SELECT * FROM clean.urgences WHERE code_commune = '84019'")).toEqual({ code_commune: '84019', annee: 2024, temps_su: 40.3, temps_smur: 21.7 });
  });

  it('rejects a commune unknown to the referential, a decimal point and a negative time; NA is missing', async () => {
    const inbox = writeInbox([{
      path: 'drees/acces_urgences_2025.csv',
      lines: ["Code commune;Temps d'accès SU (min);Temps d'accès SMUR (min)", '01039;10,0;5,0', '84019;12.5;4,0', '48080;-3;NA', '97121;NA;nd'],
    }]);
    const [file] = (await ingestInbox(wh, { inbox, runId: 'r1' })).files;
    expect(file).toMatchObject({ rowsRead: 4, rowsLoaded: 1, rowsRejected: 3 });
    expect(await wh.all('SELECT line, value FROM ledger.rejects ORDER BY line')).toEqual([
      { line: 2, value: '01039' },
      { line: 3, value: '12.5' },
      { line: 4, value: '-3' },
    ]);
    expect(await wh.all('SELECT code_commune, temps_su, temps_smur FROM raw.drees_urgences')).toEqual([{ code_commune: '97121', temps_su: null, temps_smur: null }]);
  });
});
