import { frenchNumber } from './frenchNumber.js';
import { inboxFiles } from './inboxFiles.js';
import { latestRowsByKey } from './latestRowsByKey.js';
import type { RejectedLines } from './rejectedLines.js';

export interface SurveyRow {
  siret: string;
  /** `2025-10` */
  month: string;
  responses: number;
  mean: number;
}

/** `ars/satisfaction_<reg>_<AAAA>-<mm>.csv`, one row per (lieu, mois), latest month file winning. */
export function loadSatisfaction(inbox: string, rejected: RejectedLines): SurveyRow[] {
  const files = inboxFiles(inbox, 'ars', /^satisfaction_([0-9AB]+)_(\d{4})-(\d{2})\.csv$/);
  const rows = latestRowsByKey(files, (f) => `${f.match[2]}-${f.match[3]}`, (v) => `${v['siret_lieu']}|${v['mois']}`, rejected);
  return rows.flatMap((v) => {
    const responses = frenchNumber(v['nb_reponses']);
    const mean = frenchNumber(v['note_moyenne']);
    if (typeof responses !== 'number' || typeof mean !== 'number') return [];
    return [{ siret: v['siret_lieu']!, month: v['mois']!, responses, mean }];
  });
}
