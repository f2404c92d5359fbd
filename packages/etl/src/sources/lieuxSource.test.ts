import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model/buildModel.js';
import { ingestInbox } from '../ingest/ingestInbox.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { inboxWithSamples, writeInbox } from '../testing/writeInbox.js';
import type { Warehouse } from '../warehouse/index.js';

const HEADER = 'siret;nom_lieu;type_lieu;adresse;code_commune;code_epci;date_ouverture;date_fermeture';

describe('ars.lieux', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('loads the sample (empty last field, CRLF) with its region as scope', async () => {
    const summary = await ingestInbox(wh, { inbox: inboxWithSamples(['ars/lieux_01_20260126.csv']), runId: 'r1' });
    expect(summary.files[0]).toMatchObject({ source: 'ars.lieux', status: 'charge', rowsRead: 2, rowsLoaded: 2 });
    await buildModel(wh);
    expect(await wh.all('SELECT siret, type_lieu, code_commune, code_epci, date_ouverture, date_fermeture, code_region_ars FROM clean.lieux ORDER BY siret')).toEqual([
      { siret: '17937330621974', type_lieu: 'AUTRE', code_commune: '97111', code_epci: '249710062', date_ouverture: '2025-11-15', date_fermeture: null, code_region_ars: '01' },
      { siret: '88153952193870', type_lieu: 'CDS', code_commune: '97121', code_epci: '249710062', date_ouverture: '2025-11-16', date_fermeture: null, code_region_ars: '01' },
    ]);
  });

  it('rejects an EPCI inconsistent with the commune, an unknown commune, a bad SIRET key and an unknown type', async () => {
    const inbox = writeInbox([{
      path: 'ars/lieux_93_20251006.csv',
      lines: [
        HEADER,
        '88153952193870;Lieu A;MSP;1 rue A;84019;200000628;01/10/2025;',
        '17937330621974;Lieu B;MSP;1 rue B;84019;249710062;01/10/2025;',
        '17937330621974;Lieu C;CDS;1 rue C;99999;200000628;01/10/2025;',
        '17937330621975;Lieu D;CDS;1 rue D;84019;200000628;01/10/2025;',
        '88153952193870;Lieu E;HOPITAL;1 rue E;84019;200000628;01/10/2025;',
      ],
    }]);
    const [file] = (await ingestInbox(wh, { inbox, runId: 'r1' })).files;
    expect(file).toMatchObject({ status: 'charge_avec_rejets', rowsRead: 5, rowsLoaded: 1, rowsRejected: 4 });
    const rejects = await wh.all<{ line: number; column_name: string; message: string }>('SELECT line, column_name, message FROM ledger.rejects ORDER BY line, column_name');
    expect(rejects.map((r) => [r.line, r.column_name])).toEqual([[3, 'code_epci'], [4, 'code_commune'], [5, 'siret'], [6, 'type_lieu']]);
    expect(rejects[0]!.message).toBe(`ligne 3, colonne "code_epci" : "249710062" n'est pas l'EPCI de la commune 84019 dans le référentiel (attendu : 200000628)`);
    expect(rejects[1]!.message).toMatch(/"99999" n'est pas une commune du référentiel/);
    expect(rejects[2]!.message).toMatch(/"17937330621975" n.est pas un SIRET valide : clé de contrôle \(Luhn\) fausse/);
  });

  it('replaces a region by its newest snapshot, leaves other regions alone, whatever the drop order', async () => {
    const old01 = { path: 'ars/lieux_01_20251001.csv', lines: [HEADER, '88153952193870;Ancien;CDS;a;97121;249710062;01/09/2025;', '17937330621974;Fermé;AUTRE;b;97111;249710062;01/09/2025;'] };
    const new01 = { path: 'ars/lieux_01_20251101.csv', lines: [HEADER, '88153952193870;Nouveau;CDS;a;97121;249710062;01/09/2025;'] };
    const r93 = { path: 'ars/lieux_93_20251001.csv', lines: [HEADER, `35600000000048;Poste;FRANCE_SERVICES;c;84019;200000628;01/09/2025;`] };
    await ingestInbox(wh, { inbox: writeInbox([new01, r93]), runId: 'r1', now: new Date('2025-11-02T08:00:00Z') });
    await ingestInbox(wh, { inbox: writeInbox([old01]), runId: 'r2', now: new Date('2025-11-03T08:00:00Z') });
    await buildModel(wh);
    expect(await wh.all('SELECT siret, nom_lieu, code_region_ars FROM clean.lieux ORDER BY siret')).toEqual([
      { siret: '35600000000048', nom_lieu: 'Poste', code_region_ars: '93' },
      { siret: '88153952193870', nom_lieu: 'Nouveau', code_region_ars: '01' },
    ]);
  });

  it('keeps one row for a SIRET that two regions list: the one of the newest snapshot, whatever the drop order', async () => {
    const row = (name: string) => `88153952193870;${name};CDS;a;97121;249710062;01/09/2025;`;
    const newer = { path: 'ars/lieux_93_20251101.csv', lines: [HEADER, row('Plus récent')] };
    const older = { path: 'ars/lieux_01_20251001.csv', lines: [HEADER, row('Plus ancien'), '17937330621974;Seul;AUTRE;b;97111;249710062;01/09/2025;'] };
    await ingestInbox(wh, { inbox: writeInbox([newer]), runId: 'r1', now: new Date('2025-11-02T08:00:00Z') });
    await ingestInbox(wh, { inbox: writeInbox([older]), runId: 'r2', now: new Date('2025-11-03T08:00:00Z') });
    await buildModel(wh);
    expect(await wh.all('SELECT siret, nom_lieu, code_region_ars FROM clean.lieux ORDER BY siret')).toEqual([
      { siret: '17937330621974', nom_lieu: 'Seul', code_region_ars: '01' },
      { siret: '88153952193870', nom_lieu: 'Plus récent', code_region_ars: '93' },
    ]);
  });

  it('rejects a file whose region code (from its name) is not a region', async () => {
    const inbox = writeInbox([{ path: 'ars/lieux_99_20251001.csv', lines: [HEADER, '88153952193870;X;CDS;a;97121;249710062;01/09/2025;'] }]);
    const [file] = (await ingestInbox(wh, { inbox, runId: 'r1' })).files;
    expect(file).toMatchObject({ status: 'rejete', rowsRead: 1, rowsRejected: 1 });
    expect(file!.message).toMatch(/code région « 99 » du nom du fichier/);
  });
});
