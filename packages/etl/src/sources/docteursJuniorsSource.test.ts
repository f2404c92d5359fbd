import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model/buildModel.js';
import { ingestInbox } from '../ingest/ingestInbox.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { inboxWithSamples, writeInbox } from '../testing/writeInbox.js';
import type { Warehouse } from '../warehouse/index.js';

const HEADER = 'num_rpps;semestre;date_debut;date_fin;siret_lieu;code_commune;num_rpps_msu;zonage;statut;actes_mois_precedent';
const DJ = '10367030169';
const MSU = '10624222567';

describe('ars.docteurs_juniors', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('loads the sample (CRLF, empty date_fin and acts) with its region as scope and the EPCI of each commune', async () => {
    const [file] = (await ingestInbox(wh, { inbox: inboxWithSamples(['ars/docteurs_juniors_76_20261130.csv']), runId: 'r1' })).files;
    expect(file).toMatchObject({ source: 'ars.docteurs_juniors', status: 'charge', rowsRead: 6, rowsLoaded: 6 });
    await buildModel(wh);
    const rows = await wh.all<Record<string, unknown>>('SELECT * FROM clean.docteurs_juniors ORDER BY num_rpps');
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.num_rpps === DJ)).toMatchObject({
      code_region: '76', extract_date: '2026-11-30', semestre: '2026-11', date_debut: '2026-11-04', date_fin: null,
      code_commune: '48041', num_rpps_msu: MSU, zonage: 'ZIP', statut: 'EN_POSTE', actes_mois_precedent: null,
    });
    expect(rows.every((r) => typeof r.code_epci === 'string' && /^\d{9}$/.test(r.code_epci as string))).toBe(true);
    expect(await wh.all('SELECT * FROM clean.docteurs_juniors_instantanes')).toEqual([{ code_region: '76', extract_date: '2026-11-30', lignes: 6 }]);
  });

  it('rejects a bad RPPS key, a semester that is no semester, an unknown status or zonage, an unknown commune and a negative count', async () => {
    const inbox = writeInbox([{
      path: 'ars/docteurs_juniors_76_20261130.csv',
      lines: [
        HEADER,
        `${DJ};2026-11;04/11/2026;;37613452170530;48041;${MSU};ZIP;EN_POSTE;210`,
        `10367030168;2026-11;04/11/2026;;37613452170530;48041;${MSU};ZIP;EN_POSTE;`,
        `${DJ};2026-12;04/11/2026;;37613452170530;48041;${MSU};ZIP;EN_POSTE;`,
        `${DJ};2027-05;04/11/2026;;37613452170530;48041;${MSU};ZIP;EN_STAGE;`,
        `${DJ};2027-05;04/11/2026;;37613452170530;48041;${MSU};ZRR;EN_POSTE;`,
        `${DJ};2027-05;04/11/2026;;37613452170530;99999;${MSU};ZIP;EN_POSTE;`,
        `${DJ};2027-05;04/11/2026;;37613452170530;48041;${MSU};ZIP;EN_POSTE;-3`,
        `${DJ};2027-05;31/11/2026;;37613452170530;48041;${MSU};ZIP;EN_POSTE;`,
      ],
    }]);
    const [file] = (await ingestInbox(wh, { inbox, runId: 'r1' })).files;
    expect(file).toMatchObject({ status: 'charge_avec_rejets', rowsRead: 8, rowsLoaded: 1, rowsRejected: 7 });
    const rejects = await wh.all<{ line: number; column_name: string; message: string }>('SELECT line, column_name, message FROM ledger.rejects ORDER BY line');
    expect(rejects.map((r) => [r.line, r.column_name])).toEqual([
      [3, 'num_rpps'], [4, 'semestre'], [5, 'statut'], [6, 'zonage'], [7, 'code_commune'], [8, 'actes_mois_precedent'], [9, 'date_debut'],
    ]);
    expect(rejects[0]!.message).toMatch(/^ligne 3, colonne "num_rpps" : "10367030168" n.est pas un numéro RPPS valide : clé de contrôle \(Luhn\) fausse/);
    expect(rejects[1]!.message).toMatch(/n'est pas un semestre AAAA-11/);
  });

  it('keeps every snapshot, an empty one included; a file whose rows were all rejected is no snapshot', async () => {
    const nov = { path: 'ars/docteurs_juniors_76_20261130.csv', lines: [HEADER, `${DJ};2026-11;04/11/2026;;37613452170530;48041;${MSU};ZIP;EN_POSTE;`] };
    const dec = { path: 'ars/docteurs_juniors_76_20261231.csv', lines: [HEADER, `${DJ};2026-11;04/11/2026;;37613452170530;81198;${MSU};ZAC;EN_POSTE;150`] };
    const emptyJan = { path: 'ars/docteurs_juniors_76_20270131.csv', lines: [HEADER] };
    const badFeb = { path: 'ars/docteurs_juniors_76_20270228.csv', lines: [HEADER, `${DJ};2026-11;04/11/2026;;37613452170530;48041;${MSU};ZIP;PARTI;`] };
    // dropped out of order: the extract's date decides
    await ingestInbox(wh, { inbox: writeInbox([dec, emptyJan, badFeb]), runId: 'r1', now: new Date('2027-03-02T08:00:00Z') });
    await ingestInbox(wh, { inbox: writeInbox([nov]), runId: 'r2', now: new Date('2027-03-03T08:00:00Z') });
    await buildModel(wh);
    expect(await wh.all('SELECT code_region, extract_date, lignes FROM clean.docteurs_juniors_instantanes')).toEqual([
      { code_region: '76', extract_date: '2026-11-30', lignes: 1 },
      { code_region: '76', extract_date: '2026-12-31', lignes: 1 },
      { code_region: '76', extract_date: '2027-01-31', lignes: 0 },
    ]);
    expect(await wh.all('SELECT extract_date, code_commune, zonage, actes_mois_precedent FROM clean.docteurs_juniors ORDER BY extract_date')).toEqual([
      { extract_date: '2026-11-30', code_commune: '48041', zonage: 'ZIP', actes_mois_precedent: null },
      { extract_date: '2026-12-31', code_commune: '81198', zonage: 'ZAC', actes_mois_precedent: 150 },
    ]);
    await buildModel(wh, { asOf: '2026-12-15' });
    expect(await wh.all('SELECT extract_date FROM clean.docteurs_juniors_instantanes')).toEqual([{ extract_date: '2026-11-30' }]);
  });
});
