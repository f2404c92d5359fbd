import type { DemoEpci, DemoTerritory } from './demoTerritory.js';
import { createPrng, type Prng } from './prng.js';

export type ZonePhase = 'pilote' | 'généralisation';

export interface DemoZone {
  epci: DemoEpci;
  /** Date de désignation `AAAA-MM-JJ`. */
  designatedOn: string;
  phase: ZonePhase;
  /** Date de la première liste qui ne la contient plus, s'il y en a une. */
  droppedOn: string | null;
}

export interface DemoZoneList {
  /** Date de la liste (celle de son nom de fichier). */
  date: string;
  zones: DemoZone[];
}

export const FIRST_LIST_DATE = '2025-06-27';
export const SECOND_LIST_DATE = '2026-01-15';
export const FIRST_LIST_POPULATION = 2_539_784;

/** Nombre de zones par région dans la première liste (151 en tout, chaque région avec des EPCI en a). */
const QUOTAS: Record<string, number> = {
  '84': 15, '27': 13, '53': 6, '24': 13, '94': 3, '44': 16, '32': 13, '11': 4, '28': 11,
  '75': 18, '76': 18, '52': 7, '93': 6, '01': 2, '02': 1, '03': 2, '04': 1, '06': 2,
};
const OVERSEAS = new Set(['01', '02', '03', '04', '06']);
const ADDED_LATER = 5;
const DROPPED_LATER = 2;

/** Poids d'un EPCI candidat : intercommunalités rurales (CC, bourg-centre modeste) ; en outre-mer, les moins peuplées. */
function ruralWeight(epci: DemoEpci): number {
  if (OVERSEAS.has(epci.region)) return 1 / (1 + epci.population / 40_000);
  if (epci.type !== 'CC' || epci.population < 4_000 || epci.population > 45_000) return 0;
  const bourgCentre = epci.members[0]?.population ?? 0;
  return 1 / (1 + (bourgCentre / 6_000) ** 2);
}

function drawWithoutReplacement(prng: Prng, candidates: DemoEpci[], count: number): DemoEpci[] {
  const pool = [...candidates];
  const chosen: DemoEpci[] = [];
  while (chosen.length < count && pool.length > 0) {
    const index = prng.weightedIndex(pool.map((e) => ruralWeight(e) || 1e-9));
    chosen.push(...pool.splice(index, 1));
  }
  return chosen;
}

/** Échanges, dans une même région de métropole, qui rapprochent la population totale de la cible. */
function adjustPopulation(prng: Prng, chosen: DemoEpci[], candidatesByRegion: Map<string, DemoEpci[]>): void {
  let total = chosen.reduce((sum, e) => sum + e.population, 0);
  for (let step = 0; step < 3000 && Math.abs(total - FIRST_LIST_POPULATION) > 2_000; step++) {
    const index = prng.int(0, chosen.length - 1);
    const current = chosen[index] as DemoEpci;
    if (OVERSEAS.has(current.region)) continue;
    let best: DemoEpci | undefined;
    let bestGap = Math.abs(total - FIRST_LIST_POPULATION);
    for (const candidate of candidatesByRegion.get(current.region) ?? []) {
      if (chosen.includes(candidate)) continue;
      const gap = Math.abs(total - current.population + candidate.population - FIRST_LIST_POPULATION);
      if (gap < bestGap) [best, bestGap] = [candidate, gap];
    }
    if (!best) continue;
    total += best.population - current.population;
    chosen[index] = best;
  }
}

/**
 * Les zones prioritaires fictives : 151 EPCI réels désignés le 27/06/2025 (≈ 2,5 millions d'habitants),
 * puis une liste du 15/01/2026 qui en ajoute quelques-unes et en retire deux.
 */
export function chooseZones(territory: DemoTerritory, seed: number): DemoZoneList[] {
  const prng = createPrng(seed, 'zones');
  const candidatesByRegion = new Map<string, DemoEpci[]>();
  for (const epci of territory.epcis) {
    if (QUOTAS[epci.region] === undefined || ruralWeight(epci) === 0) continue;
    candidatesByRegion.set(epci.region, [...(candidatesByRegion.get(epci.region) ?? []), epci]);
  }
  const chosen: DemoEpci[] = [];
  for (const [region, quota] of Object.entries(QUOTAS).sort()) chosen.push(...drawWithoutReplacement(prng, candidatesByRegion.get(region) ?? [], quota));
  adjustPopulation(prng, chosen, candidatesByRegion);
  chosen.sort((a, b) => a.code.localeCompare(b.code));

  const departements = [...new Set(chosen.map((e) => e.departement))].sort();
  const pilotDepartments = new Set(prng.shuffle(departements).slice(0, 12));
  const first: DemoZone[] = chosen.map((epci) => ({
    epci,
    designatedOn: FIRST_LIST_DATE,
    phase: pilotDepartments.has(epci.departement) ? 'pilote' : 'généralisation',
    droppedOn: null,
  }));

  const generalisationZones = first.filter((z) => z.phase === 'généralisation');
  const dropped = new Set(prng.shuffle(generalisationZones).slice(0, DROPPED_LATER));
  for (const zone of dropped) zone.droppedOn = SECOND_LIST_DATE;
  const remaining = [...candidatesByRegion.values()].flat().filter((e) => !chosen.includes(e));
  const added: DemoZone[] = drawWithoutReplacement(prng, remaining, ADDED_LATER).map((epci) => ({
    epci,
    designatedOn: SECOND_LIST_DATE,
    phase: 'généralisation',
    droppedOn: null,
  }));
  const second = [...first.filter((z) => !dropped.has(z)), ...added].sort((a, b) => a.epci.code.localeCompare(b.epci.code));
  return [
    { date: FIRST_LIST_DATE, zones: first },
    { date: SECOND_LIST_DATE, zones: second },
  ];
}
