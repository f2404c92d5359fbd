import { readContractCsv } from '../readContractCsv.js';
import { inboxFiles } from './inboxFiles.js';
import type { RejectedLines } from './rejectedLines.js';

export interface JuniorAssignment {
  rpps: string;
  commune: string;
  msu: string;
  zonage: string;
  statut: string;
  /** `actes_mois_precedent`, null when empty. */
  acts: number | null;
}

export interface JuniorSnapshot {
  /** Région of the ARS (from the file name). */
  region: string;
  /** `AAAA-MM-JJ` from the file name. */
  date: string;
  assignments: JuniorAssignment[];
}

/**
 * Every `ars/docteurs_juniors_<reg>_<AAAAMMJJ>.csv` (extracts.md: a full snapshot of the région's
 * assignments on that date; key (`num_rpps`, `semestre`), the last line of a key winning within a file).
 * Assumption (as for the other snapshots): a file whose every line was rejected is no snapshot; an
 * empty file (header only) is one.
 */
export function loadDocteursJuniors(inbox: string, rejected: RejectedLines): JuniorSnapshot[] {
  return inboxFiles(inbox, 'ars', /^docteurs_juniors_([0-9AB]+)_(\d{4})(\d{2})(\d{2})\.csv$/).flatMap((f) => {
    const rows = readContractCsv(f.path).rows;
    const kept = rows.filter((r) => !rejected.has(f.relativePath, r.line));
    if (rows.length > 0 && kept.length === 0) return [];
    const byKey = new Map<string, JuniorAssignment>();
    for (const { values: v } of kept) {
      byKey.set(`${v['num_rpps']}|${v['semestre']}`, {
        rpps: v['num_rpps']!,
        commune: v['code_commune']!,
        msu: v['num_rpps_msu']!,
        zonage: v['zonage']!,
        statut: v['statut']!,
        acts: v['actes_mois_precedent'] ? Number(v['actes_mois_precedent']) : null,
      });
    }
    return [{ region: f.match[1]!, date: `${f.match[2]}-${f.match[3]}-${f.match[4]}`, assignments: [...byKey.values()] }];
  });
}
