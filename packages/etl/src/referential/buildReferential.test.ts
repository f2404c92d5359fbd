import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestInbox } from '../ingest/ingestInbox.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { writeInbox } from '../testing/writeInbox.js';
import type { Warehouse } from '../warehouse/index.js';
import { buildReferential } from './buildReferential.js';

describe('buildReferential', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('loads the embedded referential: current communes, EPCI placed where most of their population lives', async () => {
    expect(await buildReferential(wh)).toEqual({ communes: 'embarqué', epci: 'embarqué' });
    const counts = await wh.one<{ communes: number; epci: number; regions: number }>(
      'SELECT (SELECT count(*) FROM ref.communes) AS communes, (SELECT count(*) FROM ref.epci) AS epci, (SELECT count(*) FROM ref.regions) AS regions',
    );
    expect(counts!.communes).toBeGreaterThan(34_000);
    expect(counts!.epci).toBeGreaterThan(1_200);
    expect(await wh.one("SELECT * FROM ref.communes WHERE code_commune = '84019'")).toMatchObject({
      libelle: 'Bollène', code_departement: '84', code_region: '93', code_epci: '200000628',
    });
    const epci = await wh.one<{ population: number; code_departement: string; code_region: string }>("SELECT * FROM ref.epci WHERE code_epci = '200000628'");
    const members = await wh.one<{ p: number }>("SELECT sum(population) AS p FROM ref.communes WHERE code_epci = '200000628'");
    expect(epci).toMatchObject({ code_departement: '84', code_region: '93', population: members!.p });
    // An EPCI across two départements belongs to the one holding most of its population.
    const cross = await wh.all<{ code_epci: string; code_departement: string; top: string }>(`
      WITH p AS (SELECT code_epci, code_departement, sum(population) AS n FROM ref.communes WHERE code_epci IS NOT NULL GROUP BY ALL),
      top AS (SELECT code_epci, arg_max(code_departement, n) AS top, count(*) AS k FROM p GROUP BY code_epci)
      SELECT e.code_epci, e.code_departement, top.top FROM ref.epci e JOIN top USING (code_epci) WHERE k > 1`);
    expect(cross.length).toBeGreaterThan(10);
    for (const c of cross) expect(c.code_departement).toBe(c.top);
    // A merged commune (commune déléguée) is not a current commune.
    expect(await wh.one("SELECT count(*) AS n FROM ref.communes WHERE code_commune = '01039'")).toEqual({ n: 0 });
  });

  it('prefers a dropped INSEE vintage: communes_<AAAA>.csv and epci_<AAAA>.csv', async () => {
    const communes = [
      'TYPECOM,COM,REG,DEP,CTCD,ARR,TNCC,NCC,NCCENR,LIBELLE,CAN,COMPARENT',
      'COM,84019,93,84,84D,842,0,BOLLENE,Bollène,Bollène,,',
      'COM,84999,93,84,84D,842,0,NOUVELLE,Nouvelle,Nouvelle-Commune,,',
      'COMD,84998,,,,,0,ANCIENNE,Ancienne,Ancienne,,84999',
    ];
    const epci = ['EPCI;LIBEPCI;NATURE_EPCI;COM;POPULATION_MUNICIPALE', '200000628;CC Rhône Lez Provence;CC;84019;14000', '200000628;CC Rhône Lez Provence;CC;84999;1000'];
    const inbox = writeInbox([
      { path: 'insee/communes_2026.csv', lines: communes },
      { path: 'insee/epci_2026.csv', lines: epci },
      { path: 'ars/lieux_93_20260201.csv', lines: ['siret;nom_lieu;type_lieu;adresse;code_commune;code_epci;date_ouverture;date_fermeture', '88153952193870;L;MSP;a;84999;200000628;01/02/2026;'] },
    ]);
    const summary = await ingestInbox(wh, { inbox, runId: 'r1' });
    expect(summary.files.map((f) => [f.path, f.status])).toEqual([
      ['insee/communes_2026.csv', 'charge'],
      ['insee/epci_2026.csv', 'charge'],
      ['ars/lieux_93_20260201.csv', 'charge'],
    ]);
    expect(await wh.all('SELECT code_commune, population, code_epci FROM ref.communes ORDER BY code_commune')).toEqual([
      { code_commune: '84019', population: 14000, code_epci: '200000628' },
      { code_commune: '84999', population: 1000, code_epci: '200000628' },
    ]);
    expect(await wh.one('SELECT population, code_region FROM ref.epci')).toEqual({ population: 15000, code_region: '93' });
  });
});
