import { formatPlainNumber } from '@vigie/core';
import ExcelJS from 'exceljs';
import type { ContextCommunes } from './contextCommunes.js';
import type { DemoOutput } from './demoOutput.js';
import type { DemoCommune } from './demoTerritory.js';
import { HEADERS } from './demoHeaders.js';
import { normalizeZipTimestamps } from './normalizeZipTimestamps.js';
import { createPrng } from './prng.js';

export const APL_WORKBOOK_PATH = "drees/Indicateur d'accessibilité potentielle localisée (APL) aux médecins généralistes.xlsx";
const WORKBOOK_YEARS = [2022, 2023];
const CSV_YEAR = 2024;

interface AplValues {
  apl: number;
  aplMoins65: number;
  populationStandardisee: number;
}

/** APL d'une commune pour une année : faible dans les zones (1 à 3), propre à l'EPCI, qui dérive d'une année à l'autre. */
function aplValues(commune: DemoCommune, year: number, seed: number): AplValues {
  const epciLevel = 1.1 + 1.6 * createPrng(seed, 'apl-epci', commune.epci ?? '').next();
  const stable = createPrng(seed, 'apl', commune.code);
  const communeLevel = epciLevel * (0.7 + stable.next() * 0.6);
  const yearly = createPrng(seed, 'apl', commune.code, year);
  const apl = Math.max(0.1, communeLevel * (1 - 0.03 * (year - 2022)) * (0.9 + yearly.next() * 0.2));
  return {
    apl: Math.round(apl * 1000) / 1000,
    aplMoins65: Math.round(apl * (0.8 + stable.next() * 0.1) * 1000) / 1000,
    populationStandardisee: Math.round(commune.population * (0.9 + stable.next() * 0.25) * 10) / 10,
  };
}

async function aplWorkbook(communes: readonly DemoCommune[], seed: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const stamp = new Date(Date.UTC(2024, 9, 1));
  workbook.creator = 'DREES';
  workbook.lastModifiedBy = 'DREES';
  workbook.created = stamp;
  workbook.modified = stamp;
  for (const year of WORKBOOK_YEARS) {
    const sheet = workbook.addWorksheet(`APL_${year}`);
    sheet.addRow([`Indicateur d'accessibilité potentielle localisée (APL) aux médecins généralistes, ${year}`]);
    sheet.addRow(['Source : SNIIR-AM, EGB, CNAM-TS ; populations par sexe et âge INSEE ; distancier METRIC, INSEE ; traitements DREES.']);
    sheet.addRow(['']);
    sheet.addRow(['']);
    sheet.addRow(['Unité : nombre de consultations/visites accessibles par habitant et par an']);
    sheet.addRow(['']);
    sheet.addRow(['']);
    sheet.addRow(['']);
    sheet.addRow([...HEADERS.apl]);
    for (const c of communes) {
      const v = aplValues(c, year, seed);
      sheet.addRow([c.code, c.nom, v.apl, v.aplMoins65, v.populationStandardisee]);
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return normalizeZipTimestamps(new Uint8Array(buffer as ArrayBuffer), '2024-10-01');
}

/**
 * Le classeur DREES (une feuille `APL_<AAAA>` par année, 8 lignes de titre et de notes, en-tête ligne 9)
 * pour les communes des zones, et la variante CSV `drees/apl_mg_2024.csv` pour l'année suivante.
 */
export async function writeAplFiles(output: DemoOutput, context: ContextCommunes, seed: number): Promise<void> {
  const communes = context.zoneCommunes;
  await output.writeBytes(APL_WORKBOOK_PATH, 'drees.apl', communes.length * WORKBOOK_YEARS.length, await aplWorkbook(communes, seed));
  const rows = communes.map((c) => {
    const v = aplValues(c, CSV_YEAR, seed);
    return [c.code, c.nom, formatPlainNumber(v.apl, 3), formatPlainNumber(v.aplMoins65, 3), formatPlainNumber(v.populationStandardisee, 1)];
  });
  await output.writeCsv({ path: `drees/apl_mg_${CSV_YEAR}.csv`, source: 'drees.apl', encoding: 'utf-8', header: HEADERS.apl }, rows);
}
