import { formatPlainNumber } from '@vigie/core';
import type { ContextCommunes } from './contextCommunes.js';
import type { DemoOutput } from './demoOutput.js';
import type { DemoCommune } from './demoTerritory.js';
import { HEADERS } from './demoHeaders.js';
import { normalizeZipTimestamps } from './normalizeZipTimestamps.js';
import { createPrng } from './prng.js';
import { recentAplWorkbook } from './recentAplWorkbook.js';

/** The recent layout (`recentAplWorkbook`); the sample of the same name (packages/etl/src/sources/samples/) is built from the public readers' description, not from this writer. */
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

function aplWorkbook(communes: readonly DemoCommune[], seed: number): Promise<Buffer> {
  const sheets = WORKBOOK_YEARS.map((year) => ({
    year,
    rows: communes.map((c) => {
      const v = aplValues(c, year, seed);
      return [c.code, c.name, v.apl, v.aplMoins65, v.aplMoins62, v.aplMoins60, v.standardisedPopulation, v.totalPopulation];
    }),
  }));
  return recentAplWorkbook(sheets, { stamp: new Date(Date.UTC(2024, 9, 1)) });
}

/**
 * Le classeur DREES dans sa présentation récente (une feuille de présentation, puis une feuille
 * `APL <AAAA>` par année : 8 lignes de titre et de notes, en-tête ligne 9 aux libellés du millésime
 * 2024, une ligne d'unités, les communes, puis des notes) pour les communes des zones, et la variante
 * CSV `drees/apl_mg_2024.csv` (libellés anciens) pour l'année suivante.
 */
export async function writeAplFiles(output: DemoOutput, context: ContextCommunes, seed: number): Promise<void> {
  const communes = context.zoneCommunes;
  await output.writeBytes(APL_WORKBOOK_PATH, communes.length * WORKBOOK_YEARS.length, normalizeZipTimestamps(new Uint8Array(await aplWorkbook(communes, seed)), '2024-10-01'));
  const rows = communes.map((c) => {
    const v = aplValues(c, CSV_YEAR, seed);
    return [c.code, c.name, formatPlainNumber(v.apl, 3), formatPlainNumber(v.aplMoins65, 3), formatPlainNumber(v.standardisedPopulation, 1)];
  });
  await output.writeCsv({ path: `drees/apl_mg_${CSV_YEAR}.csv`, encoding: 'utf-8', header: HEADERS.apl }, rows);
}
