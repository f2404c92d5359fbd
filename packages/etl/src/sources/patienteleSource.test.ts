import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model/buildModel.js';
import { ingestInbox } from '../ingest/ingestInbox.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { inboxWithSamples, writeInbox } from '../testing/writeInbox.js';
import type { Warehouse } from '../warehouse/index.js';

const HEADER = 'code_commune;trimestre;nb_patients_17plus;nb_patients_17plus_sans_mt;nb_patients_ald;nb_patients_ald_sans_mt';

describe('cnam.patientele', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('loads the sample: a masked count (s) is NULL with its flag', async () => {
    const [file] = (await ingestInbox(wh, { inbox: inboxWithSamples(['cnam/patientele_mt_2025T3.csv']), runId: 'r1' })).files;
    expect(file).toMatchObject({ source: 'cnam.patientele', status: 'charge', rowsRead: 6, rowsLoaded: 6 });
    expect(await wh.one('SELECT extract_date FROM ledger.files')).toEqual({ extract_date: '2025-09-30' });
    await buildModel(wh);
    expect(await wh.one("SELECT * FROM clean.patientele WHERE code_commune = '84063'")).toEqual({
      code_commune: '84063', trimestre: '2025T3', nb_patients_17plus: 308, nb_patients_17plus_sans_mt: 72, nb_patients_ald: 77, nb_patients_ald_sans_mt: null,
      nb_patients_17plus_masque: false, nb_patients_17plus_sans_mt_masque: false, nb_patients_ald_masque: false, nb_patients_ald_sans_mt_masque: true,
    });
  });

  it('rejects a count written with a thousands separator, a bad quarter and an s in the commune', async () => {
    const inbox = writeInbox([{
      path: 'cnam/patientele_mt_2025T4.csv', encoding: 'windows-1252',
      lines: [HEADER, '84019;2025T4;10 584;1175;2646;139', '84064;2025-T4;3106;477;777;45', 's;2025T4;1;s;s;s', '84078;2025T4;3043;s;761;50'],
    }]);
    const [file] = (await ingestInbox(wh, { inbox, runId: 'r1' })).files;
    expect(file).toMatchObject({ rowsRead: 4, rowsLoaded: 1, rowsRejected: 3 });
    const rejects = await wh.all<{ line: number; column_name: string; message: string }>('SELECT line, column_name, message FROM ledger.rejects ORDER BY line');
    expect(rejects.map((r) => [r.line, r.column_name])).toEqual([[2, 'nb_patients_17plus'], [3, 'trimestre'], [4, 'code_commune']]);
    expect(rejects[0]!.message).toMatch(/"10 584" n'est pas un nombre entier \(chiffres seuls, sans espace ni séparateur de milliers\)/);
  });
});
