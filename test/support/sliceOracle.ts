import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readContractCsv } from './readContractCsv.js';
import { addDays, isoWeek, parseFrDate } from './isoCalendar.js';

/**
 * An independent computation of the slice's indicators (jours_realises, consultations,
 * zones_couvertes, taux_zones_couvertes) straight from an inbox's files, written from
 * indicators.md and extracts.md only — never from the project's SQL. For small test inboxes.
 */
export interface Oracle {
  /** `${indicator}|${periodType}|${period}|${level}|${code}` → value */
  values: Map<string, number>;
  zones: Map<string, string>; // EPCI → designation date
}

type Fault = { path: string; line: number };

function files(inbox: string, dir: string, pattern: RegExp) {
  return readdirSync(join(inbox, dir))
    .filter((f) => pattern.test(f))
    .map((f) => ({ name: f, path: join(inbox, dir, f), rel: `${dir}/${f}`, match: pattern.exec(f)! }));
}

/** Rows of every file matching, latest file winning per key (files sorted by their name's date). */
function latestByKey(
  inbox: string,
  dir: string,
  pattern: RegExp,
  order: (m: RegExpExecArray) => string,
  key: (v: Record<string, string>) => string,
  faults: Set<string>,
  encoding?: 'windows-1252',
) {
  const found = files(inbox, dir, pattern).sort((a, b) => order(a.match).localeCompare(order(b.match)));
  const rows = new Map<string, Record<string, string>>();
  for (const f of found) {
    for (const r of readContractCsv(f.path, encoding ? { encoding } : {}).rows) {
      if (faults.has(`${f.rel}:${r.line}`)) continue;
      rows.set(key(r.values), r.values);
    }
  }
  return [...rows.values()];
}

export function computeSliceOracle(inbox: string, asOf: string, faultList: Fault[]): Oracle {
  const faults = new Set(faultList.map((f) => `${f.path}:${f.line}`));
  // Zones in force: the newest list; in scope from the designation date.
  const lists = files(inbox, 'drees', /^zones_prioritaires_(\d{8})\.csv$/).sort((a, b) => a.name.localeCompare(b.name));
  const newest = lists.filter((l) => l.match[1]! <= asOf.replace(/-/g, '')).at(-1)!;
  const zones = new Map<string, string>();
  for (const r of readContractCsv(newest.path).rows) zones.set(r.values['Code EPCI']!, parseFrDate(r.values['Date de désignation']!));

  // Lieux: the latest snapshot of each region.
  const lieuFiles = files(inbox, 'ars', /^lieux_(\w+)_(\d{8})\.csv$/).filter((f) => f.match[2]! <= asOf.replace(/-/g, ''));
  const latestPerRegion = new Map<string, (typeof lieuFiles)[number]>();
  for (const f of lieuFiles) {
    const prev = latestPerRegion.get(f.match[1]!);
    if (!prev || prev.match[2]! < f.match[2]!) latestPerRegion.set(f.match[1]!, f);
  }
  const lieuEpci = new Map<string, string>();
  for (const f of latestPerRegion.values()) {
    for (const r of readContractCsv(f.path).rows) if (!faults.has(`${f.rel}:${r.line}`)) lieuEpci.set(r.values['siret']!, r.values['code_epci']!);
  }
  const zoneOf = (siret: string, date: string) => {
    const epci = lieuEpci.get(siret);
    const since = epci ? zones.get(epci) : undefined;
    return epci && since && since <= date ? epci : undefined;
  };

  const weekOrder = (m: RegExpExecArray) => `${m[m.length - 2]}-${m[m.length - 1]}`;
  const journees = latestByKey(inbox, 'ars', /^journees_\w+_(\d{4})-S(\d{2})\.csv$/, weekOrder,
    (v) => `${v['date']}|${v['num_rpps']}|${v['siret_lieu']}|${v['creneau']}`, faults);
  const actes = latestByKey(inbox, 'cnam', /^actes_mission_(\d{4})-S(\d{2})\.csv$/, weekOrder, (v) => v['id_acte']!, faults, 'windows-1252');

  const values = new Map<string, number>();
  const add = (k: string, n: number) => values.set(k, (values.get(k) ?? 0) + n);
  const realisedByZoneDate: Array<{ zone: string; date: string }> = [];
  for (const j of journees) {
    if (j['statut'] !== 'REALISEE') continue;
    const date = parseFrDate(j['date']!);
    if (date < '2025-09-01' || date > asOf) continue;
    const zone = zoneOf(j['siret_lieu']!, date);
    if (!zone) continue;
    const units = j['creneau'] === 'JOURNEE' ? 1 : 0.5;
    realisedByZoneDate.push({ zone, date });
    for (const [type, period] of [['semaine', isoWeek(date)], ['mois', date.slice(0, 7)]] as const) {
      add(`jours_realises|${type}|${period}|zone|${zone}`, units);
      add(`jours_realises|${type}|${period}|national|FR`, units);
    }
  }
  for (const a of actes) {
    const date = parseFrDate(a['date_soins']!);
    if (date < '2025-09-01' || date > asOf) continue;
    const zone = zoneOf(a['siret_lieu_execution']!, date);
    if (!zone) continue;
    for (const [type, period] of [['semaine', isoWeek(date)], ['mois', date.slice(0, 7)]] as const) {
      add(`consultations|${type}|${period}|zone|${zone}`, 1);
      add(`consultations|${type}|${period}|national|FR`, 1);
    }
  }
  // Coverage at each week's end: zones in scope with a realised unit in the 28 days ending then.
  for (let end = '2025-09-07'; end <= asOf; end = addDays(end, 7)) {
    const inScope = [...zones.entries()].filter(([, since]) => since <= end).map(([z]) => z);
    const from = addDays(end, -27);
    const covered = new Set(realisedByZoneDate.filter((r) => r.date >= from && r.date <= end).map((r) => r.zone));
    const n = inScope.filter((z) => covered.has(z)).length;
    values.set(`zones_couvertes|semaine|${isoWeek(end)}|national|FR`, n);
    values.set(`taux_zones_couvertes|semaine|${isoWeek(end)}|national|FR`, n / inScope.length);
  }
  return { values, zones };
}
