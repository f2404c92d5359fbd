import type { DemoZoneList } from './chooseZones.js';
import type { DemoCommune, DemoEpci, DemoTerritory } from './demoTerritory.js';
import { createPrng } from './prng.js';

export interface ContextCommunes {
  /** Communes membres d'une zone de l'une des listes, triées par code. */
  zoneCommunes: DemoCommune[];
  /** Communes d'un EPCI voisin (même département, hors zone) pour chaque zone, triées par code. */
  neighbourCommunes: DemoCommune[];
  /** Zones de toutes les listes, sans doublon. */
  zoneEpcis: DemoEpci[];
}

export function contextCommunes(territory: DemoTerritory, lists: readonly DemoZoneList[], seed: number): ContextCommunes {
  const prng = createPrng(seed, 'voisins');
  const zoneEpcis = [...new Map(lists.flatMap((l) => l.zones).map((z) => [z.epci.code, z.epci])).values()].sort((a, b) => a.code.localeCompare(b.code));
  const zoneCodes = new Set(zoneEpcis.map((e) => e.code));
  const neighbours = new Map<string, DemoEpci>();
  for (const zone of zoneEpcis) {
    const candidates = territory.epcis.filter((e) => e.departement === zone.departement && !zoneCodes.has(e.code) && e.population < 60_000);
    if (candidates.length > 0) {
      const neighbour = prng.pick(candidates);
      neighbours.set(neighbour.code, neighbour);
    }
  }
  const byCode = (a: DemoCommune, b: DemoCommune): number => a.code.localeCompare(b.code);
  return {
    zoneEpcis,
    zoneCommunes: zoneEpcis.flatMap((e) => e.members).sort(byCode),
    neighbourCommunes: [...neighbours.values()].flatMap((e) => e.members).sort(byCode),
  };
}
