import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model/buildModel.js';
import { ingestInbox } from '../ingest/ingestInbox.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { inboxWithSamples, writeInbox } from '../testing/writeInbox.js';
import type { Warehouse } from '../warehouse/index.js';

const HEADER = 'annee;profession_sante;region;departement;libelle_classe_age;libelle_sexe;effectif;densite';

describe('cnam.effectifs', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('loads the sample: Windows-1252 é and â preserved', async () => {
    const [file] = (await ingestInbox(wh, { inbox: inboxWithSamples(['cnam/effectifs_mg_2024.csv']), runId: 'r1' })).files;
    expect(file).toMatchObject({ source: 'cnam.effectifs', status: 'charge', rowsRead: 6, rowsLoaded: 6 });
    await buildModel(wh);
    expect(await wh.one("SELECT * FROM clean.effectifs WHERE classe_age = 'Tout âge'")).toEqual({
      annee: 2024, region: '32', departement: '02', classe_age: 'Tout âge', sexe: 'tout sexe', effectif: 229, densite: 2.3,
      profession_sante: 'Médecins généralistes (hors médecins à expertise particulière)',
    });
  });

  it('rejects an age class out of its list and a year that is not one', async () => {
    const inbox = writeInbox([{
      path: 'cnam/effectifs_mg_2025.csv', encoding: 'windows-1252',
      lines: [HEADER, '2025;Médecins généralistes;32;02;moins de 30 ans;tout sexe;10;0,1', '25;Médecins généralistes;32;02;Tout âge;tout sexe;10;0,1', '2025;Médecins généralistes;94;2A;Tout âge;femmes;10;0,1'],
    }]);
    const [file] = (await ingestInbox(wh, { inbox, runId: 'r1' })).files;
    expect(file).toMatchObject({ rowsRead: 3, rowsLoaded: 1, rowsRejected: 2 });
    expect(await wh.all('SELECT line, column_name FROM ledger.rejects ORDER BY line')).toEqual([
      { line: 2, column_name: 'libelle_classe_age' },
      { line: 3, column_name: 'annee' },
    ]);
  });
});
