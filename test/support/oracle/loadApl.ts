import ExcelJS from 'exceljs';
import { readContractCsv } from '../readContractCsv.js';
import { frenchNumber } from './frenchNumber.js';
import { inboxFiles } from './inboxFiles.js';
import type { RejectedLines } from './rejectedLines.js';

export interface AplRow {
  commune: string;
  year: number;
  /** The under-65 series, DREES's headline (indicators.md, `apl_mg` version 2). */
  apl: number;
  standardisedPopulation: number;
}

/** Header wordings of extracts.md, older and recent, compared after trimming, collapsing spaces and lower-casing. */
const CODE = /^code commune insee$/;
const APL_UNDER_65 = /^apl aux médecins généralistes de (moins de 65 ans|65 ans (ou|et) moins)$/;
const POP = /^population standardisée (par la consommation de soins par tranche d'âge|\d{4} pour la médecine générale)$/;
const COMMUNE_CODE = /^[0-9][0-9AB][0-9]{3}$/;

const words = (h: unknown) => String(h ?? '').replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase().replace(/’/g, "'");

/**
 * `drees/*APL*.xlsx` (one sheet per year, `APL_<AAAA>` in older workbooks, `APL <AAAA>` in recent
 * ones; the header is the row whose first cell is `Code commune INSEE`, whatever rows of titles
 * come before it; a row of units and notes may surround the communes) and
 * `drees/apl_mg_<AAAA>.csv`. Only rows whose code is a commune code are communes; rows with a
 * missing APL or population are left out.
 * Assumption: if one year came both as a sheet and as a CSV, the CSV would win (not in the demo).
 */
export async function loadApl(inbox: string, rejected: RejectedLines): Promise<AplRow[]> {
  const byKey = new Map<string, AplRow>();
  const add = (code: unknown, aplCell: unknown, popCell: unknown, year: number) => {
    const commune = typeof code === 'number' ? String(code).padStart(5, '0') : String(code ?? '').trim();
    if (!COMMUNE_CODE.test(commune)) return; // the row of units, notes
    const apl = cellNumber(aplCell);
    const pop = cellNumber(popCell);
    if (apl === null || pop === null) return;
    byKey.set(`${commune}|${year}`, { commune, year, apl, standardisedPopulation: pop });
  };
  for (const f of inboxFiles(inbox, 'drees', /APL.*\.xlsx$/)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(f.path);
    for (const sheet of workbook.worksheets) {
      const m = /^APL[ _](\d{4})$/.exec(sheet.name);
      if (!m) continue;
      let headerLine = 0;
      for (let line = 1; line <= Math.min(30, sheet.rowCount) && headerLine === 0; line++) {
        const first = (sheet.getRow(line).values as unknown[]).find((v) => words(v) !== '');
        if (CODE.test(words(first))) headerLine = line;
      }
      if (headerLine === 0) continue;
      const header = (sheet.getRow(headerLine).values as unknown[]).map(words);
      const at = (re: RegExp) => header.findIndex((h) => re.test(h));
      const [code, apl, pop] = [at(CODE), at(APL_UNDER_65), at(POP)];
      if (code < 0 || apl < 0 || pop < 0) continue;
      for (let line = headerLine + 1; line <= sheet.rowCount; line++) {
        if (rejected.has(f.relativePath, line)) continue;
        const cells = sheet.getRow(line).values as unknown[];
        add(cells[code], cells[apl], cells[pop], Number(m[1]));
      }
    }
  }
  for (const f of inboxFiles(inbox, 'drees', /^apl_mg_(\d{4})\.csv$/)) {
    const csv = readContractCsv(f.path);
    for (const r of csv.rows) {
      if (rejected.has(f.relativePath, r.line)) continue;
      const value = (re: RegExp) => Object.entries(r.values).find(([h]) => re.test(words(h)))?.[1];
      add(value(CODE), value(APL_UNDER_65), value(POP), Number(f.match[1]));
    }
  }
  return [...byKey.values()];
}

function cellNumber(cell: unknown): number | null {
  if (typeof cell === 'number') return cell;
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'object' && 'result' in cell) return cellNumber((cell as { result: unknown }).result);
  const n = frenchNumber(String(cell));
  return typeof n === 'number' ? n : null;
}
