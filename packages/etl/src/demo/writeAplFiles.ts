import { formatPlainNumber } from '@vigie/core';
import ExcelJS from 'exceljs';
import type { ContextCommunes } from './contextCommunes.js';
import type { DemoOutput } from './demoOutput.js';
import type { DemoCommune } from './demoTerritory.js';
import { HEADERS } from './demoHeaders.js';
import { normalizeZipTimestamps } from './normalizeZipTimestamps.js';
import { createPrng } from './prng.js';

/** The recent layout; the sample of the same name (packages/etl/src/sources/samples/) is built from the public readers' description, not from this writer. */
export const APL_WORKBOOK_PATH = "drees/Indicateur d'accessibilité potentielle localisée (APL) aux médecins généralistes, millésime 2023.xlsx";
const WORKBOOK_YEARS = [2022, 2023];
const CSV_YEAR = 2024;

interface AplValues {
  apl: number;
  aplMoins65: number;
  aplMoins62: number;
  aplMoins60: number;
  standardisedPopulation: number;
  totalPopulation: number;
}

/**
 * The header of a sheet of the recent DREES workbook (2024 vintage: `… de 65 ans ou moins`, the
 * populations of two years before, trailing spaces left in some labels as DREES does).
 */
function recentHeader(year: number): string[] {
  const population = year - 2;
  return [
    'Code commune INSEE',
    'Commune ',
    'APL aux médecins généralistes ',
    'APL aux médecins généralistes de 65 ans ou moins',
    'APL aux médecins généralistes de 62 ans ou moins ',
    'APL aux médecins généralistes de 60 ans ou moins',
    `Population standardisée ${population} pour la médecine générale`,
    `Population totale ${population} `,
  ];
}
const UNIT = 'En nombre de consultations/visites accessibles par habitant standardisé';

/** APL d'une commune pour une année : faible dans les zones (1 à 3), propre à l'EPCI, qui dérive d'une année à l'autre. */
function aplValues(commune: DemoCommune, year: number, seed: number): AplValues {
  const epciLevel = 1.1 + 1.6 * createPrng(seed, 'apl-epci', commune.epci ?? '').next();
  const stable = createPrng(seed, 'apl', commune.code);
  const communeLevel = epciLevel * (0.7 + stable.next() * 0.6);
  const yearly = createPrng(seed, 'apl', commune.code, year);
  const apl = Math.max(0.1, communeLevel * (1 - 0.03 * (year - 2022)) * (0.9 + yearly.next() * 0.2));
  const aplMoins65 = Math.round(apl * (0.8 + stable.next() * 0.1) * 1000) / 1000;
  const standardisedPopulation = Math.round(commune.population * (0.9 + stable.next() * 0.25) * 10) / 10;
  const aplMoins62 = Math.round(aplMoins65 * (0.9 + stable.next() * 0.06) * 1000) / 1000;
  return {
    apl: Math.round(apl * 1000) / 1000,
    aplMoins65,
    aplMoins62,
    aplMoins60: Math.round(aplMoins62 * (0.88 + stable.next() * 0.08) * 1000) / 1000,
    standardisedPopulation,
    totalPopulation: commune.population,
  };
}

async function aplWorkbook(communes: readonly DemoCommune[], seed: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const stamp = new Date(Date.UTC(2024, 9, 1));
  workbook.creator = 'DREES';
  workbook.lastModifiedBy = 'DREES';
  workbook.created = stamp;
  workbook.modified = stamp;
  const notice = workbook.addWorksheet('Présentation');
  notice.addRow(["Indicateur d'accessibilité potentielle localisée (APL) aux médecins généralistes"]);
  notice.addRow(["L'APL mesure le nombre de consultations ou visites accessibles par habitant et par an."]);
  for (const year of WORKBOOK_YEARS) {
    const sheet = workbook.addWorksheet(`APL ${year}`);
    sheet.addRow([`Indicateur d'accessibilité potentielle localisée (APL) ${year} aux médecins généralistes`]);
    sheet.addRow([]);
    sheet.addRow([`Millésime : ${year}`]);
    sheet.addRow([`Sources : SNIIR-AM ${year}, EGB, CNAM ; populations par sexe et âge ${year - 2}, distancier METRIC-OSRM, INSEE ; traitements DREES.`]);
    sheet.addRow(['Champ : France hors Mayotte.']);
    sheet.addRow(['Lecture : en moyenne, les habitants de la commune ont accès à 3,2 consultations par an.']);
    sheet.addRow(['Note : pour agréger des communes, pondérer par la population standardisée.']);
    sheet.addRow([]);
    sheet.addRow(recentHeader(year));
    sheet.addRow([null, null, UNIT, UNIT, UNIT, UNIT, "En nombre d'habitants standardisés", "En nombre d'habitants"]);
    for (const c of communes) {
      const v = aplValues(c, year, seed);
      sheet.addRow([c.code, c.nom, v.apl, v.aplMoins65, v.aplMoins62, v.aplMoins60, v.standardisedPopulation, v.totalPopulation]);
    }
    sheet.addRow([]);
    sheet.addRow(['Source : DREES, APL aux médecins généralistes.']);
    sheet.addRow(['Champ : France hors Mayotte.']);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return normalizeZipTimestamps(new Uint8Array(buffer as ArrayBuffer), '2024-10-01');
}

/**
 * Le classeur DREES dans sa présentation récente (une feuille de présentation, puis une feuille
 * `APL <AAAA>` par année : 8 lignes de titre et de notes, en-tête ligne 9 aux libellés du millésime
 * 2024, une ligne d'unités, les communes, puis des notes) pour les communes des zones, et la variante
 * CSV `drees/apl_mg_2024.csv` (libellés anciens) pour l'année suivante.
 */
export async function writeAplFiles(output: DemoOutput, context: ContextCommunes, seed: number): Promise<void> {
  const communes = context.zoneCommunes;
  await output.writeBytes(APL_WORKBOOK_PATH, 'drees.apl', communes.length * WORKBOOK_YEARS.length, await aplWorkbook(communes, seed));
  const rows = communes.map((c) => {
    const v = aplValues(c, CSV_YEAR, seed);
    return [c.code, c.nom, formatPlainNumber(v.apl, 3), formatPlainNumber(v.aplMoins65, 3), formatPlainNumber(v.standardisedPopulation, 1)];
  });
  await output.writeCsv({ path: `drees/apl_mg_${CSV_YEAR}.csv`, source: 'drees.apl', encoding: 'utf-8', header: HEADERS.apl }, rows);
}
