import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model/buildModel.js';
import type { Warehouse } from '../warehouse/index.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { type FixtureFile, inboxWithSamples, writeInbox } from '../testing/writeInbox.js';
import { ingestInbox } from './ingestInbox.js';

const JOURNEES = 'date;num_rpps;siret_lieu;creneau;statut;nb_rdv_proposes;nb_rdv_pris';
const LIEUX = 'siret;nom_lieu;type_lieu;adresse;code_commune;code_epci;date_ouverture;date_fermeture';
const day = (d: string, statut: string) => `${d};10275067071;88153952193870;JOURNEE;${statut};10;8`;

/** A small inbox in which versions supersede each other. */
const files: FixtureFile[] = [
  { path: 'drees/zones_prioritaires_20250627.csv', encoding: 'utf-8-bom', lines: ['Code EPCI;Nom EPCI;Code région;Date de désignation;Phase', '249710062;CA du Nord Basse-Terre;01;27/06/2025;pilote'] },
  { path: 'ars/lieux_01_20250901.csv', lines: [LIEUX, '88153952193870;Ancien nom;CDS;a;97121;249710062;01/09/2025;'] },
  { path: 'ars/lieux_01_20251001.csv', lines: [LIEUX, '88153952193870;Nouveau nom;CDS;a;97121;249710062;01/09/2025;'] },
  { path: 'ars/journees_01_2025-S37.csv', lines: [JOURNEES, day('08/09/2025', 'PLANIFIEE'), day('09/09/2025', 'REALISEE'), 'pas;une;ligne'] },
  { path: 'ars/journees_01_2025-S38.csv', lines: [JOURNEES, day('08/09/2025', 'REALISEE'), day('15/09/2025', 'ANNULEE')] },
  { path: 'notes/lisez-moi.txt', lines: ['rien à voir'] },
];

async function cleanTables(wh: Warehouse) {
  return {
    zones: await wh.all('SELECT * FROM clean.zones ORDER BY ALL'),
    lieux: await wh.all('SELECT * FROM clean.lieux ORDER BY ALL'),
    journees: await wh.all('SELECT * FROM clean.journees ORDER BY ALL'),
  };
}

describe('ingestInbox: the file ledger', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('accounts for every row (read = loaded + rejected), lists an unknown file as ignored and leaves it in place', async () => {
    const inbox = writeInbox(files);
    const summary = await ingestInbox(wh, { inbox, runId: 'r1' });
    expect(summary.files.map((f) => [f.path, f.status])).toEqual([
      ['ars/journees_01_2025-S37.csv', 'charge_avec_rejets'],
      ['ars/journees_01_2025-S38.csv', 'charge'],
      ['ars/lieux_01_20250901.csv', 'charge'],
      ['ars/lieux_01_20251001.csv', 'charge'],
      ['drees/zones_prioritaires_20250627.csv', 'charge'],
      ['notes/lisez-moi.txt', 'ignore'],
    ]);
    expect(summary.bySource['ars.journees']).toEqual({ files: 2, rowsLoaded: 4, rowsRejected: 1 });
    const ledger = await wh.all<{ rows_read: number; rows_loaded: number; rows_rejected: number; source_id: string | null }>('SELECT * FROM ledger.files');
    for (const f of ledger) expect(f.rows_read).toBe(f.rows_loaded + f.rows_rejected);
    expect(ledger.find((f) => f.source_id === null)).toMatchObject({ status: 'ignore', rows_read: 0 });
    expect(existsSync(join(inbox, 'notes', 'lisez-moi.txt'))).toBe(true);
    const reject = await wh.one('SELECT line, column_name, message FROM ledger.rejects');
    expect(reject).toEqual({ line: 4, column_name: null, message: 'ligne 4 : 3 champs trouvés au lieu de 7 (séparateur « ; ») : vérifiez les séparateurs et les guillemets de la ligne' });
  });

  it('loads the same bytes once: again at the same path (déjà chargé), or under another name (doublon)', async () => {
    const inbox = writeInbox(files);
    await ingestInbox(wh, { inbox, runId: 'r1' });
    const again = await ingestInbox(wh, { inbox, runId: 'r2' });
    expect(new Set(again.files.map((f) => f.status))).toEqual(new Set(['deja_charge']));
    expect(again.bySource).toEqual({});
    renameSync(join(inbox, 'ars', 'journees_01_2025-S38.csv'), join(inbox, 'ars', 'journees_01_2025-S39.csv'));
    const renamed = await ingestInbox(wh, { inbox, runId: 'r3' });
    expect(renamed.files.find((f) => f.path === 'ars/journees_01_2025-S39.csv')).toMatchObject({ status: 'doublon', rowsRead: 0 });
    expect(await wh.one("SELECT count(*) AS n FROM raw.ars_journees")).toEqual({ n: 4 });
  });

  it('dates a duplicate by its own name: the same bytes sent again as a later week are the latest version', async () => {
    const planned = { lines: [JOURNEES, day('08/09/2025', 'PLANIFIEE')] };
    const inbox = writeInbox([
      { path: 'ars/journees_01_2025-S37.csv', ...planned },
      { path: 'ars/journees_01_2025-S38.csv', lines: [JOURNEES, day('08/09/2025', 'REALISEE')] },
      { path: 'ars/journees_01_2025-S39.csv', ...planned },
    ]);
    const summary = await ingestInbox(wh, { inbox, runId: 'r1' });
    expect(summary.files.map((f) => f.status)).toEqual(['charge', 'charge', 'doublon']);
    await buildModel(wh);
    expect(await wh.all('SELECT statut FROM clean.journees')).toEqual([{ statut: 'PLANIFIEE' }]);
    await buildModel(wh, { asOf: '2025-09-21' });
    expect(await wh.all('SELECT statut FROM clean.journees')).toEqual([{ statut: 'REALISEE' }]);
  });

  it('changes nothing when run again on the same inbox', async () => {
    const inbox = writeInbox(files);
    await ingestInbox(wh, { inbox, runId: 'r1' });
    await buildModel(wh);
    const snapshot = async () => ({
      files: await wh.all('SELECT * FROM ledger.files ORDER BY path'),
      rejects: await wh.all('SELECT * FROM ledger.rejects ORDER BY ALL'),
      raw: await wh.all('SELECT * FROM raw.ars_journees ORDER BY ALL'),
      clean: await cleanTables(wh),
    });
    const before = await snapshot();
    await ingestInbox(wh, { inbox, runId: 'r2' });
    await buildModel(wh);
    expect(await snapshot()).toEqual(before);
  });

  it('gives the same clean tables whatever the order the files are dropped in', async () => {
    await ingestInbox(wh, { inbox: writeInbox(files), runId: 'r1', now: new Date('2025-10-10T08:00:00Z') });
    await buildModel(wh);
    const together = await cleanTables(wh);
    const other = await memoryWarehouse();
    try {
      const shuffled = [files[4], files[2], files[0], files[3], files[1]] as FixtureFile[];
      for (const [i, f] of shuffled.entries()) {
        await ingestInbox(other, { inbox: writeInbox([f]), runId: `s${i}`, now: new Date(Date.UTC(2025, 9, 10 + i, 8)) });
      }
      await buildModel(other);
      expect(await cleanTables(other)).toEqual(together);
    } finally {
      other.close();
    }
    expect(together.lieux).toMatchObject([{ nom_lieu: 'Nouveau nom' }]);
    expect(together.journees).toMatchObject([{ date: '2025-09-08', statut: 'REALISEE' }, { date: '2025-09-09' }, { date: '2025-09-15', statut: 'ANNULEE' }]);
  });

  it('rejects whole a UTF-8 file that is not UTF-8, saying where', async () => {
    const bytes = Buffer.concat([Buffer.from(`${LIEUX}\r\n88153952193870;Lieu `), Buffer.from([0xe9]), Buffer.from('t\xe9;CDS;a;97121;249710062;01/09/2025;\r\n', 'latin1')]);
    const [file] = (await ingestInbox(wh, { inbox: writeInbox([{ path: 'ars/lieux_01_20251001.csv', bytes }]), runId: 'r1' })).files;
    expect(file).toMatchObject({ status: 'rejete', rowsLoaded: 0 });
    expect(file!.message).toMatch(/UTF-8 attendu, mais l'octet 0xE9 de la ligne 2 n'est pas de l'UTF-8/);
  });

  it('rejects a file whose name carries a date that does not exist, and an empty file', async () => {
    const inbox = writeInbox([
      { path: 'ars/lieux_01_20250231.csv', lines: [LIEUX] },
      { path: 'ars/lieux_01_20251001.csv', bytes: Buffer.alloc(0) },
    ]);
    const summary = await ingestInbox(wh, { inbox, runId: 'r1' });
    expect(summary.files.map((f) => [f.status, f.message])).toEqual([
      ['rejete', "la date 20250231 du nom du fichier n'existe pas (AAAAMMJJ attendu)"],
      ['rejete', `fichier vide ou sans en-tête en ligne 1. En-tête attendu : ${LIEUX}.`],
    ]);
  });

  it('commits nothing when the run fails part-way', async () => {
    const inbox = inboxWithSamples(['drees/zones_prioritaires_20250627.csv', 'ars/lieux_01_20260126.csv']);
    let seen = 0;
    await expect(
      ingestInbox(wh, {
        inbox, runId: 'r1',
        onProgress: () => {
          if (++seen === 2) throw new Error('panne simulée');
        },
      }),
    ).rejects.toThrow('panne simulée');
    expect(await wh.one('SELECT count(*) AS n FROM ledger.files')).toEqual({ n: 0 });
    expect(await wh.one('SELECT count(*) AS n FROM raw.ars_lieux')).toEqual({ n: 0 });
    const retry = await ingestInbox(wh, { inbox, runId: 'r2' });
    expect(retry.files.map((f) => f.status)).toEqual(['charge', 'charge']);
  });
});
