import { readContractCsv } from '../readContractCsv.js';
import { frenchNumber } from './frenchNumber.js';
import { inboxFiles } from './inboxFiles.js';
import type { RejectedLines } from './rejectedLines.js';

export interface EffectifRow {
  year: number;
  region: string;
  departement: string;
  ageClass: string;
  sex: string;
  count: number;
}

/** `cnam/effectifs_mg_<AAAA>.csv` (Windows-1252, ameli layout), latest file winning per key. */
export function loadEffectifs(inbox: string, rejected: RejectedLines): EffectifRow[] {
  const byKey = new Map<string, EffectifRow>();
  for (const f of inboxFiles(inbox, 'cnam', /^effectifs_mg_(\d{4})\.csv$/)) {
    for (const r of readContractCsv(f.path, { encoding: 'windows-1252' }).rows) {
      if (rejected.has(f.relativePath, r.line)) continue;
      const v = r.values;
      const count = frenchNumber(v['effectif']);
      if (typeof count !== 'number') continue;
      const row = { year: Number(v['annee']), region: v['region']!, departement: v['departement']!, ageClass: v['libelle_classe_age']!, sex: v['libelle_sexe']!, count };
      byKey.set(`${row.year}|${row.departement}|${row.ageClass}|${row.sex}`, row);
    }
  }
  return [...byKey.values()];
}
