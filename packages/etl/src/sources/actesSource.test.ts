import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model/buildModel.js';
import { ingestInbox } from '../ingest/ingestInbox.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { inboxWithSamples, writeInbox } from '../testing/writeInbox.js';
import type { Warehouse } from '../warehouse/index.js';

const HEADER =
  'id_acte;date_soins;num_rpps_executant;siret_lieu_execution;code_prestation;id_patient;tranche_age_patient;sexe_patient;patient_ald;patient_avec_mt;code_commune_residence;montant_base;montant_depassement';
const P = 'ab'.repeat(32);
const act = (id: string, over: Partial<Record<'date' | 'rpps' | 'siret' | 'code' | 'patient' | 'age' | 'ald' | 'mt' | 'commune' | 'base' | 'dep', string>> = {}) =>
  [id, over.date ?? '08/09/2025', over.rpps ?? '10275067071', over.siret ?? '88153952193870', over.code ?? 'G', over.patient ?? P, over.age ?? '40-59', '2',
    over.ald ?? '0', over.mt ?? '1', over.commune ?? '97121', over.base ?? '30,00', over.dep ?? '0,00'].join(';');

describe('cnam.actes', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('loads the sample (Windows-1252, header only)', async () => {
    const [file] = (await ingestInbox(wh, { inbox: inboxWithSamples(['cnam/actes_mission_2025-S36.csv']), runId: 'r1' })).files;
    expect(file).toMatchObject({ source: 'cnam.actes', status: 'charge', rowsRead: 0 });
    expect(await wh.one('SELECT extract_date FROM ledger.files')).toEqual({ extract_date: '2025-09-07' });
  });

  it('types the acts, keeps é from Windows-1252, and rejects the typical faults with their line', async () => {
    const inbox = writeInbox([{
      path: 'cnam/actes_mission_2025-S37.csv', encoding: 'windows-1252',
      lines: [
        HEADER,
        act('A-é1', { base: '26,50', dep: '3,5', ald: '1', commune: '2A004' }),
        act('A2', { base: '-30,00' }),
        act('A3', { date: '2025-09-08' }),
        act('A4', { patient: 'Jean Dupont' }),
        act('A5', { rpps: '1000000001' }),
        act('A6', { age: '90+' }),
        act('A7', { base: '1 234,00' }),
        act('A8', { code: '' }),
        act('A9', { commune: '99134', dep: 'NA', mt: 'nd' }),
      ],
    }]);
    const [file] = (await ingestInbox(wh, { inbox, runId: 'r1' })).files;
    expect(file).toMatchObject({ status: 'charge_avec_rejets', rowsRead: 9, rowsLoaded: 1, rowsRejected: 8 });
    const rejects = await wh.all<{ line: number; column_name: string; message: string }>('SELECT line, column_name, message FROM ledger.rejects ORDER BY line, column_name');
    expect(rejects.map((r) => [r.line, r.column_name])).toEqual([
      [3, 'montant_base'], [4, 'date_soins'], [5, 'id_patient'], [6, 'num_rpps_executant'], [7, 'tranche_age_patient'], [8, 'montant_base'], [9, 'code_prestation'],
      [10, 'montant_depassement'], [10, 'patient_avec_mt'],
    ]);
    expect(rejects.find((r) => r.line === 6)!.message).toBe(`ligne 6, colonne "num_rpps_executant" : "1000000001" n'est pas un numéro RPPS (11 chiffres attendus)`);
    expect(rejects.find((r) => r.line === 3)!.message).toMatch(/"-30,00" est négatif/);
    expect(rejects.find((r) => r.line === 4)!.message).toMatch(/"2025-09-08" n'est pas une date au format JJ\/MM\/AAAA/);
    expect(rejects.find((r) => r.line === 8)!.message).toMatch(/"1 234,00" n'est pas un nombre/);
    expect(rejects.find((r) => r.line === 9)!.message).toMatch(/valeur manquante : une valeur est attendue \(colonne obligatoire\)/);
    expect(rejects.find((r) => r.line === 5)!.message).toMatch(/pseudonyme de 64 caractères hexadécimaux/);
    await buildModel(wh);
    expect(await wh.all('SELECT id_acte, date_soins, patient_ald, patient_avec_mt, code_commune_residence, montant_base, montant_depassement FROM clean.actes ORDER BY id_acte')).toEqual([
      { id_acte: 'A-é1', date_soins: '2025-09-08', patient_ald: 1, patient_avec_mt: 1, code_commune_residence: '2A004', montant_base: 26.5, montant_depassement: 3.5 },
    ]);
  });

  it('keeps the latest version of a corrected act, whatever the order the weeks arrive in', async () => {
    const s37 = { path: 'cnam/actes_mission_2025-S37.csv', encoding: 'windows-1252' as const, lines: [HEADER, act('A1', { base: '30,00' }), act('A2')] };
    const s38 = { path: 'cnam/actes_mission_2025-S38.csv', encoding: 'windows-1252' as const, lines: [HEADER, act('A1', { base: '25,00' })] };
    await ingestInbox(wh, { inbox: writeInbox([s38]), runId: 'r1', now: new Date('2025-09-22T08:00:00Z') });
    await ingestInbox(wh, { inbox: writeInbox([s37]), runId: 'r2', now: new Date('2025-09-23T08:00:00Z') });
    await buildModel(wh);
    expect(await wh.all('SELECT id_acte, montant_base FROM clean.actes ORDER BY id_acte')).toEqual([
      { id_acte: 'A1', montant_base: 25 },
      { id_acte: 'A2', montant_base: 30 },
    ]);
  });
});
