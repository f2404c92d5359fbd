import type { OracleInputs } from './loadOracleInputs.js';
import type { EmitValue, ExpectedValue, Period } from './oracleTypes.js';
import { count } from './ratio.js';

/**
 * vol_candidatures and vol_acceptes (région, national): in each région, the latest snapshot of its
 * ARS on or before the period's end; distinct RPPS. National: distinct RPPS over those snapshots
 * (a GP filed with two ARS counts once nationally, once in each région). A snapshot that lists no
 * file is still a snapshot: its région has 0 candidatures (the export is a full state, extracts.md).
 */
export function volunteerValues(inputs: OracleInputs, period: Period, emit: EmitValue): void {
  const latest = new Map<string, (typeof inputs.volunteers)[number]>();
  for (const s of inputs.volunteers) {
    if (s.date > period.end) continue;
    const prev = latest.get(s.region);
    if (!prev || prev.date < s.date) latest.set(s.region, s);
  }
  const anyEmpty = [...latest.values()].some((s) => s.files.length === 0);
  const flagged = (v: ExpectedValue, empty: boolean): ExpectedValue => (empty ? { ...v, flags: ['instantane_vide'] } : v);
  const nationalCandidates = new Set<string>();
  const nationalAccepted = new Set<string>();
  for (const [region, snapshot] of latest) {
    const candidates = new Set(snapshot.files.filter((f) => f.state === 'En instruction' || f.state === 'Accepté').map((f) => f.rpps));
    const accepted = new Set(snapshot.files.filter((f) => f.state === 'Accepté').map((f) => f.rpps));
    candidates.forEach((r) => nationalCandidates.add(r));
    accepted.forEach((r) => nationalAccepted.add(r));
    const empty = snapshot.files.length === 0;
    emit('vol_candidatures', `region|${region}`, flagged(count(candidates.size), empty));
    emit('vol_acceptes', `region|${region}`, flagged(count(accepted.size), empty));
  }
  emit('vol_candidatures', 'national|FR', flagged(count(nationalCandidates.size), anyEmpty));
  emit('vol_acceptes', 'national|FR', flagged(count(nationalAccepted.size), anyEmpty));
}
