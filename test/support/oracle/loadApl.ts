import ExcelJS from 'exceljs';
import { readContractCsv } from '../readContractCsv.js';
import { frenchNumber } from './frenchNumber.js';
import { inboxFiles } from './inboxFiles.js';
import type { RejectedLines } from './rejectedLines.js';

export interface AplRow {
  commune: string;
  year: number;
  apl: number;
  standardisedPopulation: number;
}

const CODE = 'Code commune INSEE';
const APL = "APL aux médecins généralistes (sans borne d'âge)";
const POP = "Population standardisée par la consommation de soins par tranche d'âge";

/**
 * `drees/*APL*.xlsx` (one sheet `APL_<AAAA>` per year, 8 lines of title, header on line 9) and
 * `drees/apl_mg_<AAAA>.csv`. Rows with a missing APL or population are left out.
 * Assumption: if one year came both as a sheet and as a CSV, the CSV would win (not in the demo).
 */
export async function loadApl(inbox: string, rejected: RejectedLines): Promise<AplRow[]> {
  const byKey = new Map<string, AplRow>();
  const add = (values: Record<string, unknown>, year: number) => {
    const code = values[CODE];
    const commune = typeof code === 'number' ? String(code).padStart(5, '0') : String(code ?? '').trim();
    const apl = cellNumber(values[APL]);
    const pop = cellNumber(values[POP]);
    if (commune === '' || apl === null || pop === null) return;
    byKey.set(`${commune}|${year}`, { commune, year, apl, standardisedPopulation: pop });
  };
  for (const f of inboxFiles(inbox, 'drees', /APL.*\.xlsx$/)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(f.path);
    for (const sheet of workbook.worksheets) {
      const m = /^APL_(\d{4})$/.exec(sheet.name);
      if (!m) continue;
      const header = (sheet.getRow(9).values as unknown[]).map((v) => String(v ?? ''));
      for (let line = 10; line <= sheet.rowCount; line++) {
        if (rejected.has(f.relativePath, line)) continue;
        const cells = sheet.getRow(line).values as unknown[];
        const values: Record<string, unknown> = {};
        header.forEach((h, i) => (values[h] = cells[i]));
        add(values, Number(m[1]));
      }
    }
  }
  for (const f of inboxFiles(inbox, 'drees', /^apl_mg_(\d{4})\.csv$/)) {
    for (const r of readContractCsv(f.path).rows) if (!rejected.has(f.relativePath, r.line)) add(r.values, Number(f.match[1]));
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
