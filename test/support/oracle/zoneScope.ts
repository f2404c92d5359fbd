import { readContractCsv } from '../readContractCsv.js';
import { parseFrDate } from '../isoCalendar.js';
import { inboxFiles } from './inboxFiles.js';
import type { RejectedLines } from './rejectedLines.js';

/**
 * Zones in scope (indicators.md "Zones in scope", extracts.md `drees.zones`).
 *
 * Assumption (the spec is terse): a list `zones_prioritaires_<AAAAMMJJ>.csv` is in force from the
 * date in its name until the next list's date; on a day d the list in force is the newest one dated
 * on or before d, and an EPCI is in scope on d when that list holds it with a `Date de désignation`
 * on or before d. So a zone dropped by a later list "keeps its history": it stays in scope for the
 * days before that later list, and leaves scope from it (docs/architecture.md: `date_retrait`).
 */
/**
 * `historique` (this oracle's reading, above); `liste_la_plus_recente`: the other reading of "the
 * newest file is the list in force", where only the newest list counts, for every day (a dropped
 * zone then loses its past activity). Kept to explain a mismatch, not to decide it.
 */
export type ZoneListReading = 'historique' | 'liste_la_plus_recente';

export interface ZoneScope {
  inScope(epci: string, day: string): boolean;
  /** Zones in scope on a day. */
  zonesAt(day: string): string[];
  /** Every EPCI that is in scope on at least one day in [start, end]. */
  zonesDuring(start: string, end: string): string[];
}

export function loadZoneScope(inbox: string, rejected: RejectedLines, reading: ZoneListReading = 'historique'): ZoneScope {
  const lists = inboxFiles(inbox, 'drees', /^zones_prioritaires_(\d{4})(\d{2})(\d{2})\.csv$/).map((f) => {
    const designation = new Map<string, string>();
    for (const r of readContractCsv(f.path).rows) {
      if (rejected.has(f.relativePath, r.line)) continue;
      designation.set(r.values['Code EPCI']!, parseFrDate(r.values['Date de désignation']!));
    }
    return { from: `${f.match[1]}-${f.match[2]}-${f.match[3]}`, designation };
  });
  lists.sort((a, b) => a.from.localeCompare(b.from));
  if (lists.length === 0) throw new Error(`aucune liste de zones dans ${inbox}/drees`);
  const listAt = (day: string) => (reading === 'liste_la_plus_recente' ? lists.at(-1) : lists.filter((l) => l.from <= day).at(-1));
  const inScope = (epci: string, day: string) => {
    const since = listAt(day)?.designation.get(epci);
    return since !== undefined && since <= day;
  };
  const zonesAt = (day: string) => {
    const list = listAt(day);
    return list ? [...list.designation].filter(([, since]) => since <= day).map(([z]) => z) : [];
  };
  const zonesDuring = (start: string, end: string) => {
    const out = new Set<string>();
    for (const l of lists) for (const [z, since] of l.designation) if (since <= end) out.add(z);
    return [...out].filter((z) => {
      // In scope on some day of [start, end]: check the period's start, and each list change and designation date inside it.
      const days = new Set([start, end]);
      for (const l of lists) if (l.from > start && l.from <= end) days.add(l.from);
      for (const l of lists) { const s = l.designation.get(z); if (s && s > start && s <= end) days.add(s); }
      return [...days].some((d) => inScope(z, d));
    });
  };
  return { inScope, zonesAt, zonesDuring };
}
