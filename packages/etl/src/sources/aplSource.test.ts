import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model/buildModel.js';
import { ingestInbox } from '../ingest/ingestInbox.js';
import { inboxWithSamples, memoryWarehouse, writeInbox } from '../ingest/inboxFixture.js';
import type { Warehouse } from '../warehouse/index.js';

const SAMPLE = "drees/Indicateur d'accessibilité potentielle localisée (APL) aux médecins généralistes.xlsx";
const HEADER = ['Code commune INSEE', 'Commune', "APL aux médecins généralistes (sans borne d'âge)", 'APL aux médecins généralistes de moins de 65 ans', "Population standardisée par la consommation de soins par tranche d'âge"];

/** A DREES-like workbook: 8 lines of notes, the header on line 9, then the rows. */
async function workbook(sheets: Record<string, unknown[][]>, header = HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    ws.addRow(['Indicateur d’accessibilité potentielle localisée (APL)']);
    for (let i = 2; i <= 8; i++) ws.addRow(['']);
    ws.addRow(header);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('drees.apl', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('reads the sample workbook: one sheet per year, header on line 9, numbers as the cells hold them', async () => {
    const [file] = (await ingestInbox(wh, { inbox: inboxWithSamples([SAMPLE]), runId: 'r1' })).files;
    expect(file).toMatchObject({ source: 'drees.apl', status: 'charge', rowsRead: 10, rowsLoaded: 10 });
    expect(file!.message).toMatch(/feuille\(s\) lue\(s\) : APL_2022, APL_2023|APL_2023, APL_2022/);
    expect(await wh.one('SELECT extract_date FROM ledger.files')).toEqual({ extract_date: '2023-12-31' });
    await buildModel(wh);
    expect(await wh.all("SELECT * FROM clean.apl WHERE code_commune = '02001' ORDER BY annee")).toEqual([
      { code_commune: '02001', annee: 2022, apl: 0.891, apl_moins_65: 0.757, population_standardisee: 470.8 },
      { code_commune: '02001', annee: 2023, apl: 5.075, apl_moins_65: 4.314, population_standardisee: 542.6 },
    ]);
  });

  it('rejects a commune unknown to the referential, with its sheet and row; pads a code typed as a number', async () => {
    const bytes = await workbook({ APL_2024: [['99999', 'Nulle part', 1.2, 1, 100], [2001, 'Abbécourt', 2.5, 2, 470.8], ['02002', 'Achery', -1, 1, 10]], Notes: [] });
    const [file] = (await ingestInbox(wh, { inbox: writeInbox([{ path: 'drees/APL_2024.xlsx', bytes }]), runId: 'r1' })).files;
    expect(file).toMatchObject({ status: 'charge_avec_rejets', rowsRead: 3, rowsLoaded: 1, rowsRejected: 2 });
    expect(file!.message).toMatch(/ignorée\(s\) : Notes/);
    const rejects = await wh.all<{ line: number; column_name: string; message: string }>('SELECT line, column_name, message FROM ledger.rejects ORDER BY line');
    expect(rejects[0]).toEqual({ line: 10, column_name: 'Code commune INSEE', message: `feuille APL_2024, ligne 10, colonne "Code commune INSEE" : "99999" n'est pas une commune du référentiel (commune fusionnée ou code erroné ?)` });
    expect(rejects[1]).toMatchObject({ line: 12, column_name: "APL aux médecins généralistes (sans borne d'âge)" });
    expect(await wh.all('SELECT code_commune, annee, apl FROM raw.drees_apl')).toEqual([{ code_commune: '02001', annee: 2024, apl: 2.5 }]);
  });

  it('rejects a workbook without an APL_<AAAA> sheet, or whose header moved', async () => {
    const wrongSheet = await workbook({ Feuil1: [['02001', 'Abbécourt', 1, 1, 1]] });
    const renamed = await workbook({ APL_2024: [['02001', 'Abbécourt', 1, 1, 1]] }, ['Code commune', ...HEADER.slice(1)]);
    const summary = await ingestInbox(wh, {
      inbox: writeInbox([{ path: 'drees/APL_2024_a.xlsx', bytes: wrongSheet }, { path: 'drees/APL_2024_b.xlsx', bytes: renamed }]),
      runId: 'r1',
    });
    expect(summary.files.map((f) => f.status)).toEqual(['rejete', 'rejete']);
    expect(summary.files[0]!.message).toBe('aucune feuille au nom attendu (APL_<AAAA>) ; feuille(s) trouvée(s) : « Feuil1 »');
    expect(summary.files[1]!.message).toMatch(/en-tête de la feuille « APL_2024 » \(ligne 9\) non conforme : colonne attendue absente : "Code commune INSEE"/);
  });

  it('reads the CSV variant apl_mg_<AAAA>.csv, the year from its name', async () => {
    const inbox = writeInbox([{ path: 'drees/apl_mg_2021.csv', lines: [HEADER.join(';'), '02001;Abbécourt;3,2;2,9;470,8'] }]);
    await ingestInbox(wh, { inbox, runId: 'r1' });
    await buildModel(wh);
    expect(await wh.all('SELECT code_commune, annee, apl FROM clean.apl')).toEqual([{ code_commune: '02001', annee: 2021, apl: 3.2 }]);
  });
});
