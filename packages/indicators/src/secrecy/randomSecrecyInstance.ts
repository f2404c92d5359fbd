import type { CountGroupId } from './countGroups.js';
import type { SecrecyCells, SecrecyLevel } from './secrecyCells.js';
import type { BruteCell } from './bruteForceAudit.js';
import { SECRECY_MAX } from './secrecyThreshold.js';

/** A small random publication for tests: a hierarchy, days, weeks, months and cumuls, two counts. */
export interface RandomInstance {
  readonly cells: SecrecyCells;
  /** each cell as the zones and days it adds up (for the brute-force check) */
  readonly brute: BruteCell[];
  readonly days: number;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Launch on a Monday that starts a month (like 01/09/2025), 4 to `maxWeeks` ISO weeks so that weeks
 * straddle months, the periods of periodCalendarSql (every week, every month begun, a cumul at every
 * week end and every complete month end), 1 or 2 régions of 1 or 2 départements of 1 to `maxZones`
 * zones. Counts: `actes` (shown alone, like consultations) and `visites` ≤ actes (shown beside the
 * acts as a ratio's numerator and denominator), small enough that many are from 1 to 10.
 * `sparse`: zones active only some weeks, and no week or month cell for a zone without acts then
 * (so that only cumuls, or published zeros, tie its time points).
 */
export function randomSecrecyInstance(
  seed: number,
  options: { maxWeeks?: number; maxZones?: number; sparse?: boolean } = {},
): RandomInstance {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const launches = ['2025-09-01', '2025-12-01', '2026-06-01'];
  const launch = Date.parse(`${launches[pick(launches.length)]}T00:00:00Z`);
  const weeks = 4 + pick((options.maxWeeks ?? 7) - 3);
  const days = weeks * 7;
  const asOf = launch + (days - 1) * DAY;
  const dayIndex = (ms: number) => Math.round((ms - launch) / DAY);

  const zoneAncestors = new Map<string, string[]>();
  const geos: { key: string; level: SecrecyLevel; zones: string[] }[] = [];
  const regions = 1 + pick(2);
  const all: string[] = [];
  for (let r = 0; r < regions; r++) {
    const regionZones: string[] = [];
    const deps = 1 + pick(2);
    for (let d = 0; d < deps; d++) {
      const depZones: string[] = [];
      const zones = 1 + pick(options.maxZones ?? 3);
      for (let z = 0; z < zones; z++) {
        const zone = `zone:Z${r}${d}${z}`;
        zoneAncestors.set(zone, [`departement:D${r}${d}`, `region:R${r}`, 'national:FR']);
        geos.push({ key: zone, level: 'zone', zones: [zone] });
        depZones.push(zone);
      }
      geos.push({ key: `departement:D${r}${d}`, level: 'departement', zones: depZones });
      regionZones.push(...depZones);
    }
    geos.push({ key: `region:R${r}`, level: 'region', zones: regionZones });
    all.push(...regionZones);
  }
  geos.push({ key: 'national:FR', level: 'national', zones: all });

  const periods: { type: string; first: number; last: number }[] = [];
  for (let w = 0; w < weeks; w++) periods.push({ type: 'semaine', first: w * 7, last: w * 7 + 6 });
  const cumulEnds = new Set(periods.map((p) => p.last));
  for (let m = new Date(launch); m.getTime() <= asOf; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
    const end = Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 0);
    periods.push({ type: 'mois', first: dayIndex(m.getTime()), last: dayIndex(Math.min(end, asOf)) });
    if (end <= asOf) cumulEnds.add(dayIndex(end));
  }
  for (const end of [...cumulEnds].sort((a, b) => a - b)) periods.push({ type: 'cumul', first: 0, last: end });

  const acts = new Map<string, number[]>();
  const visits = new Map<string, number[]>();
  for (const zone of all) {
    const busy = random();
    const pause = options.sparse ? [pick(days), pick(days)].sort((x, y) => x - y) : [0, -1];
    const a = Array.from({ length: days }, (_, d) => (d >= (pause[0] as number) && d <= (pause[1] as number) ? 0 : random() < busy * 0.5 ? 1 + pick(busy < 0.5 ? 2 : 6) : 0));
    acts.set(zone, a);
    visits.set(zone, a.map((n) => (random() < 0.3 ? pick(n + 1) : 0)));
  }
  const sum = (counts: Map<string, number[]>, zones: string[], first: number, last: number) =>
    zones.reduce((n, z) => n + (counts.get(z) as number[]).slice(first, last + 1).reduce((x, y) => x + y, 0), 0);

  const group: CountGroupId[] = [];
  const level: SecrecyLevel[] = [];
  const geo: string[] = [];
  const from: string[] = [];
  const to: string[] = [];
  const periodType: string[] = [];
  const count: number[] = [];
  const solo: boolean[] = [];
  const pairs: [number, number][] = [];
  const brute: BruteCell[] = [];
  for (const g of geos) {
    for (const p of periods) {
      // sparse: like the compute, no week or month row for a zone without acts then (its cumul stays)
      if (options.sparse && g.level === 'zone' && p.type !== 'cumul' && sum(acts, g.zones, p.first, p.last) === 0) continue;
      const ids: number[] = [];
      for (const [name, counts, alone] of [['actes', acts, true], ['visites', visits, false]] as const) {
        ids.push(group.length);
        group.push(name);
        level.push(g.level);
        geo.push(g.key);
        from.push(iso(launch + (p.first - 1) * DAY));
        to.push(iso(launch + p.last * DAY));
        periodType.push(p.type);
        count.push(sum(counts, g.zones, p.first, p.last));
        solo.push(alone);
        brute.push({ zones: g.zones, first: p.first, last: p.last });
      }
      pairs.push([ids[1] as number, ids[0] as number]);
    }
  }
  const primary = count.map((n) => n > 0 && n <= SECRECY_MAX);
  return { cells: { group, level, geo, from, to, periodType, count, primary, solo, pairs, zoneAncestors }, brute, days };
}
