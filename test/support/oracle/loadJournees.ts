import { parseFrDate } from '../isoCalendar.js';
import { inboxFiles } from './inboxFiles.js';
import { latestRowsByKey } from './latestRowsByKey.js';
import type { RejectedLines } from './rejectedLines.js';

export interface DayUnit {
  date: string;
  rpps: string;
  siret: string;
  statut: string;
  /** `JOURNEE` 1, `MATIN` and `APRES_MIDI` ½. */
  units: number;
}

/** `ars/journees_<reg>_<AAAA>-S<ww>.csv`, latest week file winning per (date, RPPS, lieu, créneau). */
export function loadJournees(inbox: string, rejected: RejectedLines): DayUnit[] {
  const files = inboxFiles(inbox, 'ars', /^journees_([0-9AB]+)_(\d{4})-S(\d{2})\.csv$/);
  const rows = latestRowsByKey(
    files,
    (f) => `${f.match[2]}-${f.match[3]}`,
    (v) => `${parseFrDate(v['date']!)}|${v['num_rpps']}|${v['siret_lieu']}|${v['creneau']}`,
    rejected,
  );
  return rows.map((v) => {
    const creneau = v['creneau']!;
    if (!['JOURNEE', 'MATIN', 'APRES_MIDI'].includes(creneau)) throw new Error(`créneau inattendu ${creneau}`);
    return { date: parseFrDate(v['date']!), rpps: v['num_rpps']!, siret: v['siret_lieu']!, statut: v['statut']!, units: creneau === 'JOURNEE' ? 1 : 0.5 };
  });
}
