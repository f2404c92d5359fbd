import { readContractCsv } from '../readContractCsv.js';
import { inboxFiles } from './inboxFiles.js';
import type { RejectedLines } from './rejectedLines.js';

export interface VolunteerSnapshot {
  /** Région of the ARS whose export this is (from the file name). */
  region: string;
  /** `AAAA-MM-JJ` from the file name. */
  date: string;
  files: Array<{ rpps: string; state: string }>;
}

/** Every `ars/volontaires_<reg>_<AAAAMMJJ>.csv` snapshot (full state of the procedure that day). */
export function loadVolunteerSnapshots(inbox: string, rejected: RejectedLines): VolunteerSnapshot[] {
  if (inboxFiles(inbox, 'ars', /^volontaires_.*\.xlsx$/).length > 0) {
    throw new Error('oracle : les exports volontaires .xlsx ne sont pas lus ici (le jeu de démonstration n’en écrit pas)');
  }
  return inboxFiles(inbox, 'ars', /^volontaires_([0-9AB]+)_(\d{4})(\d{2})(\d{2})\.csv$/).map((f) => ({
    region: f.match[1]!,
    date: `${f.match[2]}-${f.match[3]}-${f.match[4]}`,
    files: readContractCsv(f.path)
      .rows.filter((r) => !rejected.has(f.relativePath, r.line))
      .map((r) => ({ rpps: r.values['Numéro RPPS']!, state: r.values['État du dossier']! })),
  }));
}
