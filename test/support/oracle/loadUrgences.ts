import { readContractCsv } from '../readContractCsv.js';
import { frenchNumber } from './frenchNumber.js';
import { inboxFiles } from './inboxFiles.js';
import type { RejectedLines } from './rejectedLines.js';

/**
 * `drees/acces_urgences_<AAAA>.csv`: commune → `Temps d'accès SU (min)`. The spec names no year
 * rule for this indicator; assumption: the latest year's file wins per commune.
 */
export function loadUrgences(inbox: string, rejected: RejectedLines): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of inboxFiles(inbox, 'drees', /^acces_urgences_(\d{4})\.csv$/)) {
    for (const r of readContractCsv(f.path).rows) {
      if (rejected.has(f.relativePath, r.line)) continue;
      const minutes = frenchNumber(r.values["Temps d'accès SU (min)"]);
      if (typeof minutes === 'number') out.set(r.values['Code commune']!, minutes);
    }
  }
  return out;
}
