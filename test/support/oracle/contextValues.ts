import type { OracleInputs } from './loadOracleInputs.js';
import type { EmitValue, Period } from './oracleTypes.js';
import type { PeriodGeography } from './periodGeography.js';
import { ratio } from './ratio.js';
import { splitGeo, type GeoKey } from './zoneGeos.js';

/**
 * Contexte du territoire. Assumptions (indicators.md says "over the communes"):
 * - the communes of a zone are its member communes in the referential; those of a département,
 *   région or the nation are the member communes of its zones in scope at the period's end (the
 *   département/région of a zone is the one holding most of its population, as for activity);
 * - `apl_mg`: latest APL year not after the period's end year; the under-65 series (DREES's headline,
 *   version 2 of the definition), as loadApl reads it;
 * - `part_17plus_sans_mt`: latest quarter that has begun by the period's end; each sum leaves out
 *   its own masked (`s`) cells and the status is `partiel` when any of the two columns had a masked
 *   cell among those communes;
 * - `part_mg_60plus` (département, région, national): latest year not after the period's end year,
 *   `tout sexe`; a région or the nation sums all its départements of the file (not only those
 *   holding zones);
 * - `temps_acces_urgences`: weights are the referential's population municipale, communes without
 *   a time left out.
 */
/** Name of the other reading of the patientèle sums (used by the test to accept it). */
export const PAIRWISE = 'communes dont les deux cellules sont connues';

export function contextValues(inputs: OracleInputs, period: Period, geography: PeriodGeography, emit: EmitValue): void {
  const { territory } = inputs;
  const endYear = Number(period.end.slice(0, 4));
  const aplYear = Math.max(...inputs.apl.map((r) => r.year).filter((y) => y <= endYear));
  const apl = indexed(inputs.apl, `${aplYear}`, (r) => `${r.year}`, (r) => r.commune);
  const quarters = [...new Set(inputs.patientele.map((r) => r.quarter))].sort();
  const quarter = quarters.filter((q) => quarterStart(q) <= period.end).at(-1);
  const quarterEnded = quarters.filter((q) => quarterEnd(q) <= period.end).at(-1);
  const patienteleOf = (q: string | undefined) => indexed(inputs.patientele, q ?? '', (r) => r.quarter, (r) => r.commune);
  const patientele = patienteleOf(quarter);
  const patienteleLatest = patienteleOf(quarters.at(-1));
  const patienteleEnded = patienteleOf(quarterEnded);

  type Member = { code: string; population: number };
  const aplOf = (communes: Member[]) => {
    let num = 0;
    let den = 0;
    for (const c of communes) {
      const r = apl.get(c.code);
      if (r) {
        num += r.apl * r.standardisedPopulation;
        den += r.standardisedPopulation;
      }
    }
    return ratio(num, den);
  };
  const urgencesOf = (communes: Member[]) => {
    let num = 0;
    let den = 0;
    for (const c of communes) {
      const minutes = inputs.urgences.get(c.code);
      if (minutes !== undefined) {
        num += minutes * c.population;
        den += c.population;
      }
    }
    return ratio(num, den);
  };
  const membersOf = (zones: string[]) => zones.flatMap((z) => territory.epci.get(z)!.members);

  for (const geo of geography.geos) {
    const [level, code] = splitGeo(geo);
    const communes = membersOf(level === 'zone' ? [code] : (geography.zonesAtEndByGeo.get(geo) ?? []));
    const communesDuring = membersOf(level === 'zone' ? [code] : (geography.zonesDuringByGeo.get(geo) ?? []));
    const DURING = 'communes des zones en périmètre un jour de la période';

    emit('apl_mg', geo, { ...aplOf(communes), alternatives: { [DURING]: aplOf(communesDuring).value } });

    const sansMt = patienteleShare(communes.map((c) => patientele.get(c.code)));
    const sansMtDuring = patienteleShare(communesDuring.map((c) => patientele.get(c.code)));
    emit('part_17plus_sans_mt', geo, {
      ...ratio(sansMt.numerator, sansMt.denominator, 1, [sansMt.numerator, sansMt.denominator]),
      ...(sansMt.masked && sansMt.denominator > 0 ? { status: 'partiel' as const } : {}),
      alternatives: {
        [PAIRWISE]: sansMt.pairwise,
        [`${PAIRWISE}, ${DURING}`]: sansMtDuring.pairwise,
        'dernier trimestre du fichier': patienteleShare(communes.map((c) => patienteleLatest.get(c.code))).value,
        'dernier trimestre clos à la fin de la période': patienteleShare(communes.map((c) => patienteleEnded.get(c.code))).value,
      },
    });

    emit('temps_acces_urgences', geo, { ...urgencesOf(communes), alternatives: { [DURING]: urgencesOf(communesDuring).value } });
  }
  mg60Values(inputs, endYear, geography, emit);
}

function patienteleShare(rows: Array<{ patients17plus: number | null | 'masque'; patients17plusWithoutMt: number | null | 'masque' } | undefined>) {
  let numerator = 0;
  let denominator = 0;
  let masked = false;
  let pairNum = 0;
  let pairDen = 0;
  for (const r of rows) {
    if (!r) continue;
    if (typeof r.patients17plusWithoutMt === 'number') numerator += r.patients17plusWithoutMt;
    if (typeof r.patients17plus === 'number') denominator += r.patients17plus;
    if (r.patients17plus === 'masque' || r.patients17plusWithoutMt === 'masque') masked = true;
    if (typeof r.patients17plus === 'number' && typeof r.patients17plusWithoutMt === 'number') {
      pairNum += r.patients17plusWithoutMt;
      pairDen += r.patients17plus;
    }
  }
  return { numerator, denominator, masked, value: denominator ? numerator / denominator : null, pairwise: pairDen ? pairNum / pairDen : null };
}

function mg60Values(inputs: OracleInputs, endYear: number, geography: PeriodGeography, emit: EmitValue) {
  const years = inputs.effectifs.map((r) => r.year).filter((y) => y <= endYear);
  if (years.length === 0) return;
  const year = Math.max(...years);
  const rows = inputs.effectifs.filter((r) => r.year === year && r.sex === 'tout sexe');
  const totals = new Map<GeoKey, { old: number; all: number; overseas: boolean }>();
  const zoneDeps = new Set([...geography.zonesAtEndByGeo.keys()].filter((g) => g.startsWith('departement|')).map((g) => g.slice('departement|'.length)));
  const zoneDepTotals = new Map<GeoKey, { old: number; all: number }>();
  for (const r of rows) {
    const old = r.ageClass === '60 à 69 ans' || r.ageClass === '70 ans et plus' ? r.count : 0;
    const all = r.ageClass === 'Tout âge' ? r.count : 0;
    for (const g of [`departement|${r.departement}`, `region|${r.region}`, 'national|FR'] as GeoKey[]) {
      const t = totals.get(g) ?? { old: 0, all: 0, overseas: false };
      totals.set(g, { old: t.old + old, all: t.all + all, overseas: t.overseas || /^97[1-6]$/.test(r.departement) });
      if (zoneDeps.has(r.departement)) {
        const z = zoneDepTotals.get(g) ?? { old: 0, all: 0 };
        zoneDepTotals.set(g, { old: z.old + old, all: z.all + all });
      }
    }
  }
  for (const [geo, t] of totals) {
    const z = zoneDepTotals.get(geo);
    emit('part_mg_60plus', geo, {
      ...ratio(t.old, t.all),
      ...(t.overseas ? { flags: ['outre_mer' as const] } : {}),
      alternatives: { 'départements portant une zone seulement': z && z.all ? z.old / z.all : null },
    });
  }
}

const indexes = new WeakMap<object, Map<string, Map<string, unknown>>>();

/** Rows of one year or quarter by commune, built once per input array (the oracle asks ~70 times). */
function indexed<T>(rows: T[], part: string, partOf: (row: T) => string, communeOf: (row: T) => string): Map<string, T> {
  let parts = indexes.get(rows);
  if (!parts) {
    parts = new Map();
    for (const r of rows) {
      const p = parts.get(partOf(r)) ?? new Map<string, unknown>();
      p.set(communeOf(r), r);
      parts.set(partOf(r), p);
    }
    indexes.set(rows, parts);
  }
  return (parts.get(part) ?? new Map()) as Map<string, T>;
}

function quarterStart(q: string): string {
  const [y, n] = q.split('T').map(Number) as [number, number];
  return `${y}-${String((n - 1) * 3 + 1).padStart(2, '0')}-01`;
}

function quarterEnd(q: string): string {
  const [y, n] = q.split('T').map(Number) as [number, number];
  return new Date(Date.UTC(y, n * 3, 0)).toISOString().slice(0, 10);
}
