import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model/buildModel.js';
import { ingestInbox } from '../ingest/ingestInbox.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { inboxWithSamples, writeInbox } from '../testing/writeInbox.js';
import type { Warehouse } from '../warehouse/index.js';

const HEADER = [
  'ID', 'Email', 'Civilité', 'Nom', 'Prénom', 'État du dossier', 'Dernière mise à jour le', 'Déposé le', 'Passé en instruction le', 'Traité le',
  'Numéro RPPS', "Commune d'exercice principal", "Département de l'ordre", 'Lieux solidaires souhaités', 'Nombre de jours par mois', 'Disponible à partir du',
];
const row = (id: number, etat: string, rpps = '10275067071', lieux = '17937330621974, 88153952193870') =>
  [String(id), `medecin${id}@exemple.fr`, 'Mme', 'Durand', 'Élise', etat, '06/10/2025 14:32', '12/08/2025 10:12', '19/08/2025', '', rpps, '97101', '971', lieux, '1', '01/09/2025'];

describe('ars.volontaires', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('loads the sample (UTF-8 accents, dates with and without time); names stay in raw only', async () => {
    const [file] = (await ingestInbox(wh, { inbox: inboxWithSamples(['ars/volontaires_01_20250928.csv']), runId: 'r1' })).files;
    expect(file).toMatchObject({ source: 'ars.volontaires', status: 'charge', rowsRead: 1, rowsLoaded: 1 });
    expect(await wh.one('SELECT nom, prenom, email, date_depot, date_mise_a_jour FROM raw.ars_volontaires')).toEqual({
      nom: 'Ménard', prenom: 'Benoît', email: 'benot.mnard@exemple.fr', date_depot: '2025-08-12T10:12:00', date_mise_a_jour: '2025-09-28T00:00:00',
    });
    await buildModel(wh);
    const clean = await wh.one<Record<string, unknown>>('SELECT * FROM clean.volontaires');
    expect(clean).toMatchObject({ code_region: '01', extract_date: '2025-09-28', id_dossier: 20000, etat: 'Accepté', date_depot: '2025-08-12', lieux_souhaites: ['17937330621974'] });
    expect(Object.keys(clean!)).not.toContain('nom');
    expect(Object.keys(clean!)).not.toContain('email');
  });

  it('rejects an RPPS of 10 digits, a state out of the procedure and a bad SIRET in the list', async () => {
    const inbox = writeInbox([{
      path: 'ars/volontaires_76_20251006.csv',
      lines: [HEADER.join(';'), row(1, 'Accepté').join(';'), row(2, 'Accepté', '1027506707').join(';'), row(3, 'Validé').join(';'), row(4, 'En instruction', '10275067071', '17937330621974, 123').join(';')],
    }]);
    const [file] = (await ingestInbox(wh, { inbox, runId: 'r1' })).files;
    expect(file).toMatchObject({ rowsRead: 4, rowsLoaded: 1, rowsRejected: 3 });
    const rejects = await wh.all<{ line: number; column_name: string; message: string }>('SELECT line, column_name, message FROM ledger.rejects ORDER BY line');
    expect(rejects.map((r) => [r.line, r.column_name])).toEqual([[3, 'Numéro RPPS'], [4, 'État du dossier'], [5, 'Lieux solidaires souhaités']]);
    expect(rejects[0]!.message).toBe(`ligne 3, colonne "Numéro RPPS" : "1027506707" n'est pas un numéro RPPS (11 chiffres attendus)`);
    expect(rejects[2]!.message).toMatch(/contient "123", qui n'est pas un SIRET valide/);
  });

  it('keeps every snapshot, and reads the .xlsx export with the same columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dossiers');
    ws.addRow(HEADER);
    ws.addRow([7, 'a@b.fr', 'M.', 'Martin', 'Paul', 'Accepté', new Date(Date.UTC(2025, 9, 20, 9, 30)), new Date(Date.UTC(2025, 7, 1)), '', '', 10275067071, 97101, 971, '88153952193870', 2, '']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const csv = { path: 'ars/volontaires_01_20251006.csv', lines: [HEADER.join(';'), row(7, 'En instruction').join(';')] };
    await ingestInbox(wh, { inbox: writeInbox([csv, { path: 'ars/volontaires_01_20251020.xlsx', bytes: xlsx }]), runId: 'r1' });
    await buildModel(wh);
    expect(await wh.all('SELECT extract_date, id_dossier, etat, num_rpps, nb_jours_par_mois, date_depot FROM clean.volontaires ORDER BY extract_date')).toEqual([
      { extract_date: '2025-10-06', id_dossier: 7, etat: 'En instruction', num_rpps: '10275067071', nb_jours_par_mois: 1, date_depot: '2025-08-12' },
      { extract_date: '2025-10-20', id_dossier: 7, etat: 'Accepté', num_rpps: '10275067071', nb_jours_par_mois: 2, date_depot: '2025-08-01' },
    ]);
  });
});
