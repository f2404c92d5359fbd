import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model/buildModel.js';
import { ingestInbox } from '../ingest/ingestInbox.js';
import { memoryWarehouse } from '../testing/memoryWarehouse.js';
import { inboxWithSamples, writeInbox } from '../testing/writeInbox.js';
import type { Warehouse } from '../warehouse/index.js';
import { recentAplHeader, recentAplWorkbook } from '../demo/recentAplWorkbook.js';

const SAMPLE = "drees/Indicateur d'accessibilité potentielle localisée (APL) aux médecins généralistes.xlsx";
const RECENT_SAMPLE = "drees/Indicateur d'accessibilité potentielle localisée (APL) aux médecins généralistes, millésime 2023.xlsx";
const HEADER = ['Code commune INSEE', 'Commune', "APL aux médecins généralistes (sans borne d'âge)", 'APL aux médecins généralistes de moins de 65 ans', "Population standardisée par la consommation de soins par tranche d'âge"];

/** An older DREES workbook: 8 lines of notes, the header on line 9, then the rows. */
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

const CLEAN = 'SELECT code_commune, annee, apl, apl_moins_65, population_standardisee FROM clean.apl ORDER BY code_commune, annee';

describe('drees.apl', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await memoryWarehouse();
  });
  afterEach(() => wh.close());

  it('reads the older sample workbook: sheets APL_<AAAA>, header on line 9, columns absent from that vintage left empty', async () => {
    const [file] = (await ingestInbox(wh, { inbox: inboxWithSamples([SAMPLE]), runId: 'r1' })).files;
    expect(file).toMatchObject({ source: 'drees.apl', status: 'charge', rowsRead: 10, rowsLoaded: 10 });
    expect(file!.message).toMatch(/feuille\(s\) lue\(s\) : APL_2022, APL_2023|APL_2023, APL_2022/);
    expect(file!.message).toContain('feuille APL_2022 : colonne(s) absente(s) de ce millésime, laissée(s) vide(s) : "APL aux médecins généralistes de 62 ans ou moins", "APL aux médecins généralistes de 60 ans ou moins", "Population totale <AAAA>"');
    expect(await wh.one('SELECT extract_date FROM ledger.files')).toEqual({ extract_date: '2023-12-31' });
    await buildModel(wh);
    expect(await wh.all("SELECT * FROM clean.apl WHERE code_commune = '02001' ORDER BY annee")).toEqual([
      { code_commune: '02001', annee: 2022, apl: 0.891, apl_moins_65: 0.757, population_standardisee: 470.8 },
      { code_commune: '02001', annee: 2023, apl: 5.075, apl_moins_65: 4.314, population_standardisee: 542.6 },
    ]);
    expect(await wh.one("SELECT apl_moins_62, apl_moins_60, population_totale FROM raw.drees_apl WHERE code_commune = '02001' AND annee = 2022")).toEqual({
      apl_moins_62: null, apl_moins_60: null, population_totale: null,
    });
  });

  it('reads the recent sample workbook: sheets APL <AAAA>, header found by its first cell, units row and notes set aside, each vintage’s wording', async () => {
    const [file] = (await ingestInbox(wh, { inbox: inboxWithSamples([RECENT_SAMPLE]), runId: 'r1' })).files;
    expect(file).toMatchObject({ source: 'drees.apl', status: 'charge', rowsRead: 6, rowsLoaded: 6, rowsRejected: 0 });
    expect(file!.message).toContain('feuille(s) lue(s) : APL 2022, APL 2023 ; ignorée(s) : Présentation');
    expect(file!.message).toContain("feuille APL 2023 : ligne d'unités 10 sautée, 2 ligne(s) de notes après les données, non lue(s) (lignes 15 à 16)");
    await buildModel(wh);
    expect(await wh.all(CLEAN)).toEqual([
      { code_commune: '02001', annee: 2022, apl: 4.912, apl_moins_65: 4.188, population_standardisee: 541.9 },
      { code_commune: '02001', annee: 2023, apl: 4.703, apl_moins_65: 3.981, population_standardisee: 538.2 },
      { code_commune: '02002', annee: 2022, apl: 1.207, apl_moins_65: 1.025, population_standardisee: 561.8 },
      { code_commune: '02002', annee: 2023, apl: 1.174, apl_moins_65: 0.991, population_standardisee: 566.3 },
      { code_commune: '02003', annee: 2022, apl: 1.388, apl_moins_65: 1.179, population_standardisee: 944.6 },
      { code_commune: '02003', annee: 2023, apl: 1.362, apl_moins_65: 1.151, population_standardisee: 950.1 },
    ]);
    expect(await wh.one("SELECT apl_moins_62, apl_moins_60, population_totale, _line FROM raw.drees_apl WHERE code_commune = '02002' AND annee = 2023")).toEqual({
      apl_moins_62: 0.931, apl_moins_60: 0.85, population_totale: 603, _line: 12,
    });
  });

  it('finds a header that moved down, in the 2023 vintage’s wording (« et moins »), keeps an extra column aside with a note, reads notes followed by data as data', async () => {
    const header = [...recentAplHeader('et', 2022), 'Population féminine 2022'];
    const bytes = await recentAplWorkbook([
      {
        year: 2024,
        header,
        rows: [['02001', 'Abbécourt', 4.7, 3.9, 3.7, 3.3, 538.2, 509, 260], ['Note : commune nouvelle en 2024.'], ['02002', 'Achery', 1.1, 0.9, 0.9, 0.8, 566.3, 603, 300]],
        trailer: [['Champ : France hors Mayotte.']],
      },
    ]);
    // Two more title rows: the header goes to row 11.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    wb.getWorksheet('APL 2024')!.spliceRows(2, 0, ['Titre ajouté'], ['Autre titre']);
    const moved = Buffer.from(await wb.xlsx.writeBuffer());
    const [file] = (await ingestInbox(wh, { inbox: writeInbox([{ path: 'drees/APL_2024.xlsx', bytes: moved }]), runId: 'r1' })).files;
    expect(file).toMatchObject({ status: 'charge_avec_rejets', rowsRead: 3, rowsLoaded: 2, rowsRejected: 1 });
    expect(file!.message).toContain("feuille APL 2024 : ligne d'unités 12 sautée, 1 ligne(s) de notes après les données, non lue(s) (ligne 16)");
    expect(file!.message).toContain('colonne(s) non déclarée(s) laissée(s) de côté : "Population féminine 2022"');
    expect(await wh.all('SELECT line, value FROM ledger.rejects')).toEqual([{ line: 14, value: 'Note : commune nouvelle en 2024.' }]);
  });

  it('rejects a commune unknown to the referential, with its sheet and row; pads a code typed as a number', async () => {
    const bytes = await workbook({ APL_2024: [['99999', 'Nulle part', 1.2, 1, 100], [2001, 'Abbécourt', 2.5, 2, 470.8], ['02002', 'Achery', -1, 1, 10]], Notes: [] });
    const [file] = (await ingestInbox(wh, { inbox: writeInbox([{ path: 'drees/APL_2024.xlsx', bytes }]), runId: 'r1' })).files;
    expect(file).toMatchObject({ status: 'charge_avec_rejets', rowsRead: 3, rowsLoaded: 1, rowsRejected: 2 });
    expect(file!.message).toMatch(/ignorée\(s\) : Notes/);
    const rejects = await wh.all<{ line: number; column_name: string; message: string }>('SELECT line, column_name, message FROM ledger.rejects ORDER BY line');
    expect(rejects[0]).toEqual({ line: 10, column_name: 'Code commune INSEE', message: `feuille APL_2024, ligne 10, colonne "Code commune INSEE" : "99999" n'est pas une commune du référentiel (commune fusionnée ou code erroné ?)` });
    // The older workbook's own wording of the column (an alias of the declared header), as in its message.
    expect(rejects[1]).toMatchObject({ line: 12, column_name: "APL aux médecins généralistes (sans borne d'âge)" });
    expect(rejects[1]!.message).toContain(`colonne "APL aux médecins généralistes (sans borne d'âge)" : `);
    expect(await wh.all('SELECT code_commune, annee, apl FROM raw.drees_apl')).toEqual([{ code_commune: '02001', annee: 2024, apl: 2.5 }]);
  });

  it('rejects a workbook without an APL sheet, without the header, or without the under-65 APL', async () => {
    const wrongSheet = await workbook({ Feuil1: [['02001', 'Abbécourt', 1, 1, 1]] });
    const renamed = await workbook({ APL_2024: [['02001', 'Abbécourt', 1, 1, 1]] }, ['Code commune', ...HEADER.slice(1)]);
    const noHeadline = await recentAplWorkbook([
      { year: 2024, header: recentAplHeader('ou', 2022).filter((h) => !h.includes('65')), rows: [['02001', 'Abbécourt', 4.7, 3.7, 3.3, 538.2, 509]] },
    ]);
    const summary = await ingestInbox(wh, {
      inbox: writeInbox([
        { path: 'drees/APL_2024_a.xlsx', bytes: wrongSheet },
        { path: 'drees/APL_2024_b.xlsx', bytes: renamed },
        { path: 'drees/APL_2024_c.xlsx', bytes: noHeadline },
      ]),
      runId: 'r1',
    });
    expect(summary.files.map((f) => f.status)).toEqual(['rejete', 'rejete', 'rejete']);
    expect(summary.files[0]!.message).toBe('aucune feuille au nom attendu (APL_<AAAA> ou APL <AAAA>) ; feuille(s) trouvée(s) : « Feuil1 »');
    expect(summary.files[1]!.message).toMatch(/^en-tête introuvable dans la feuille « APL_2024 » : aucune des 30 premières lignes ne commence par « Code commune INSEE »/);
    expect(summary.files[2]!.message).toMatch(
      /^en-tête de la feuille « APL 2024 » \(ligne 9\) non conforme : colonne attendue absente : "APL aux médecins généralistes de 65 ans ou moins" \(ou "APL aux médecins généralistes de 65 ans et moins", "APL aux médecins généralistes de moins de 65 ans"\)/,
    );
    expect(await wh.one('SELECT count(*) AS n FROM raw.drees_apl')).toEqual({ n: 0 });
  });

  it('reads the CSV variant apl_mg_<AAAA>.csv in either wording, the year from its name', async () => {
    const inbox = writeInbox([
      { path: 'drees/apl_mg_2021.csv', lines: [HEADER.join(';'), '02001;Abbécourt;3,2;2,9;470,8'] },
      { path: 'drees/apl_mg_2022.csv', lines: [recentAplHeader('ou', 2020).join(';'), '02001;Abbécourt;3,1;2,7;2,5;2,2;480,1;470'], encoding: 'utf-8-bom' },
    ]);
    const files = (await ingestInbox(wh, { inbox, runId: 'r1' })).files;
    expect(files.map((f) => f.message)).toEqual([
      'colonne(s) absente(s) de ce millésime, laissée(s) vide(s) : "APL aux médecins généralistes de 62 ans ou moins", "APL aux médecins généralistes de 60 ans ou moins", "Population totale <AAAA>"',
      null,
    ]);
    await buildModel(wh);
    expect(await wh.all(CLEAN)).toEqual([
      { code_commune: '02001', annee: 2021, apl: 3.2, apl_moins_65: 2.9, population_standardisee: 470.8 },
      { code_commune: '02001', annee: 2022, apl: 3.1, apl_moins_65: 2.7, population_standardisee: 480.1 },
    ]);
  });
});
