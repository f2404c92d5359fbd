import { readContractCsv } from '../readContractCsv.js';
import { frenchNumber } from './frenchNumber.js';
import { inboxFiles } from './inboxFiles.js';
import type { RejectedLines } from './rejectedLines.js';

export interface PatienteleRow {
  commune: string;
  /** `2025T3` */
  quarter: string;
  /** `null` when missing, `'masque'` when written `s`. */
  patients17plus: number | null | 'masque';
  patients17plusWithoutMt: number | null | 'masque';
}

/** `cnam/patientele_mt_<AAAA>T<q>.csv` (Windows-1252), one row per (commune, trimestre), latest file winning. */
export function loadPatientele(inbox: string, rejected: RejectedLines): PatienteleRow[] {
  const byKey = new Map<string, PatienteleRow>();
  for (const f of inboxFiles(inbox, 'cnam', /^patientele_mt_(\d{4})T(\d)\.csv$/)) {
    for (const r of readContractCsv(f.path, { encoding: 'windows-1252' }).rows) {
      if (rejected.has(f.relativePath, r.line)) continue;
      const v = r.values;
      byKey.set(`${v['code_commune']}|${v['trimestre']}`, {
        commune: v['code_commune']!,
        quarter: v['trimestre']!,
        patients17plus: frenchNumber(v['nb_patients_17plus']),
        patients17plusWithoutMt: frenchNumber(v['nb_patients_17plus_sans_mt']),
      });
    }
  }
  return [...byKey.values()];
}
