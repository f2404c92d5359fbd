import type { OracleInputs } from './loadOracleInputs.js';
import type { JuniorAssignment } from './loadDocteursJuniors.js';
import type { EmitValue, ExpectedValue, Period } from './oracleTypes.js';
import type { PeriodGeography } from './periodGeography.js';
import { zoneGeos, type GeoKey } from './zoneGeos.js';

/** indicators.md « Docteurs juniors (from November 2026) ». */
const FIRST_SEMESTER = '2026-11-01';
/** Monthly amounts of indicators.md (dated parameters, in force from November 2026). */
const DJ_ZIP = 1000;
const MSU_BASE = 600 + 1200;
const MSU_AREA = 800;

interface InPost extends JuniorAssignment {
  zone: string;
}

interface State {
  /** Assignments en poste under each geo. */
  inPost: Map<GeoKey, InPost[]>;
  /** Zones in scope at the date whose ARS has no snapshot yet (from the first semester on). */
  missing: Set<string>;
  /** Zones in scope at the date under each geo. */
  zones: Map<GeoKey, string[]>;
}

function grouped<T>(items: T[], geosOf: (item: T) => GeoKey[]): Map<GeoKey, T[]> {
  const out = new Map<GeoKey, T[]>();
  for (const item of items) for (const g of geosOf(item)) out.set(g, [...(out.get(g) ?? []), item]);
  return out;
}

/**
 * dj_en_poste, zones_avec_dj, dj_seuil_200_actes, primes_dj_eur. The state at a date: each ARS's
 * latest snapshot on or before it; an assignment counts in the zone of its commune's EPCI when that
 * zone is in scope on that date; départements, régions and France add up their zones.
 * Assumptions (the spec leaves them open): before 01/11/2026 every count is 0 (no docteur junior
 * yet); from then on, a zone whose région (the one holding most of its population) has sent no
 * snapshot is unknown: `sans_donnees` at its level, `partiel` for a territory where only some zones
 * are. An RPPS counts once per territory.
 */
export function juniorValues(inputs: OracleInputs, period: Period, geography: PeriodGeography, emit: EmitValue): void {
  const { territory } = inputs;
  const epciOfCommune = new Map<string, string>();
  for (const e of territory.epci.values()) for (const m of e.members) epciOfCommune.set(m.code, e.code);

  const geosOfZone = new Map<string, GeoKey[]>();
  const geosOf = (zone: string) => geosOfZone.get(zone) ?? geosOfZone.set(zone, zoneGeos(territory, zone)).get(zone)!;
  const states = new Map<string, State>();
  const stateAt = (date: string): State => states.get(date) ?? states.set(date, computeState(date)).get(date)!;
  const computeState = (date: string): State => {
    const zones = inputs.scope.zonesAt(date);
    const inScope = new Set(zones);
    const latest = new Map<string, (typeof inputs.juniors)[number]>();
    for (const s of inputs.juniors) {
      if (s.date > date) continue;
      const held = latest.get(s.region);
      if (!held || s.date > held.date) latest.set(s.region, s);
    }
    const inPost = [...latest.values()].flatMap((s) =>
      s.assignments.flatMap((a) => {
        const zone = epciOfCommune.get(a.commune);
        return a.statut === 'EN_POSTE' && zone !== undefined && inScope.has(zone) ? [{ ...a, zone }] : [];
      }),
    );
    const missing = new Set(date >= FIRST_SEMESTER ? zones.filter((z) => !latest.has(territory.epci.get(z)!.region)) : []);
    return { inPost: grouped(inPost, (a) => geosOf(a.zone)), missing, zones: grouped(zones, geosOf) };
  };
  const zonesOf = (state: State, geo: GeoKey) => state.zones.get(geo) ?? [];
  const statusOf = (state: State, geo: GeoKey): ExpectedValue['status'] => {
    const zones = zonesOf(state, geo);
    const missing = zones.filter((z) => state.missing.has(z)).length;
    return zones.length > 0 && missing === zones.length ? 'sans_donnees' : missing > 0 ? 'partiel' : 'ok';
  };
  const inPostOf = (state: State, geo: GeoKey) => state.inPost.get(geo) ?? [];

  const end = stateAt(period.end);
  for (const geo of geography.geos) {
    const status = statusOf(end, geo);
    const here = inPostOf(end, geo);
    const juniors = new Set(here.map((a) => a.rpps)).size;
    emit('dj_en_poste', geo, status === 'sans_donnees' ? { value: null, status } : { value: juniors, status });
    const zones = new Set(here.map((a) => a.zone)).size;
    emit('zones_avec_dj', geo, status === 'sans_donnees' ? { value: null, status } : { value: zones, status });
    const known = new Set(here.filter((a) => a.acts !== null).map((a) => a.rpps)).size;
    const reached = new Set(here.filter((a) => a.acts !== null && a.acts >= 200).map((a) => a.rpps)).size;
    emit('dj_seuil_200_actes', geo, {
      value: known === 0 ? null : reached / known,
      numerator: reached,
      denominator: known,
      status: known === 0 ? 'sans_donnees' : status,
    });
  }

  if (period.type === 'semaine') return;
  const monthEnds = endedMonths(period);
  const monthStates = monthEnds.map(stateAt);
  for (const geo of geography.geos) {
    let euros = 0;
    const statuses: ExpectedValue['status'][] = [];
    for (const state of monthStates) {
      if (zonesOf(state, geo).length > 0) statuses.push(statusOf(state, geo));
      const here = inPostOf(state, geo);
      const msu = new Map<string, boolean>();
      for (const a of here) msu.set(a.msu, (msu.get(a.msu) ?? false) || ['ZIP', 'ZAC', 'QPV'].includes(a.zonage));
      euros += new Set(here.filter((a) => a.zonage === 'ZIP').map((a) => a.rpps)).size * DJ_ZIP;
      euros += msu.size * MSU_BASE + [...msu.values()].filter(Boolean).length * MSU_AREA;
    }
    const unknown = statuses.length > 0 && statuses.every((s) => s === 'sans_donnees');
    const status = unknown ? 'sans_donnees' : statuses.some((s) => s !== 'ok') ? 'partiel' : 'ok';
    emit('primes_dj_eur', geo, unknown ? { value: null, status } : { value: euros, status });
  }
}

/** Last days of the calendar months that end within the period (a running month does not). */
function endedMonths(period: Period): string[] {
  const out: string[] = [];
  for (let month = period.start.slice(0, 7); ; ) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    if (last > period.end) break;
    if (last >= period.start) out.push(last);
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return out;
}
