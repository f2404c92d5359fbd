import type { Level } from './oracleTypes.js';
import type { Territory } from './territory.js';

export type GeoKey = `${Level}|${string}`;

/** The four places a zone's activity counts: itself, its département, its région, the nation. */
export function zoneGeos(territory: Territory, zone: string): GeoKey[] {
  const e = territory.epci.get(zone);
  if (!e) throw new Error(`EPCI ${zone} inconnu du référentiel`);
  return [`zone|${zone}`, `departement|${e.departement}`, `region|${e.region}`, 'national|FR'];
}

export function splitGeo(geo: GeoKey): [Level, string] {
  const [level, code] = geo.split('|') as [Level, string];
  return [level, code];
}

/** Groups items under every geo of their zone. */
export function byGeo<T>(territory: Territory, items: T[], zoneOf: (item: T) => string): Map<GeoKey, T[]> {
  const out = new Map<GeoKey, T[]>();
  for (const item of items) {
    for (const g of zoneGeos(territory, zoneOf(item))) {
      const list = out.get(g);
      if (list) list.push(item);
      else out.set(g, [item]);
    }
  }
  return out;
}
