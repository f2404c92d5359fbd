import { parseFrDate } from '../isoCalendar.js';
import { frenchNumber } from './frenchNumber.js';
import { inboxFiles } from './inboxFiles.js';
import { latestRowsByKey } from './latestRowsByKey.js';
import type { RejectedLines } from './rejectedLines.js';

export interface Act {
  id: string;
  date: string;
  siret: string;
  code: string;
  patient: string;
  ald: boolean;
  withMt: boolean;
  depassement: number;
}

/** `cnam/actes_mission_<AAAA>-S<ww>.csv` (Windows-1252), once per `id_acte`, latest week winning. */
export function loadActes(inbox: string, rejected: RejectedLines): Act[] {
  const files = inboxFiles(inbox, 'cnam', /^actes_mission_(\d{4})-S(\d{2})\.csv$/);
  const rows = latestRowsByKey(files, (f) => `${f.match[1]}-${f.match[2]}`, (v) => v['id_acte']!, rejected, 'windows-1252');
  return rows.map((v) => ({
    id: v['id_acte']!,
    date: parseFrDate(v['date_soins']!),
    siret: v['siret_lieu_execution']!,
    code: v['code_prestation']!,
    patient: v['id_patient']!,
    ald: v['patient_ald'] === '1',
    withMt: v['patient_avec_mt'] === '1',
    depassement: Number(frenchNumber(v['montant_depassement']) ?? 0),
  }));
}
