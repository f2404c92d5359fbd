import type { OracleInputs } from './loadOracleInputs.js';
import type { Period } from './oracleTypes.js';
import { zoneGeos, type GeoKey } from './zoneGeos.js';

export interface PeriodGeography {
  /** Zones in scope on the period's last day. */
  zonesAtEnd: string[];
  /** Every geo (all four levels) of a zone in scope on some day of the period. */
  geos: GeoKey[];
  /** Zones in scope at the period's end under each geo. */
  zonesAtEndByGeo: Map<GeoKey, string[]>;
  /** Zones in scope on at least one day of the period under each geo. */
  zonesDuringByGeo: Map<GeoKey, string[]>;
  /** Population municipale of the zones in scope at the period's end, per geo (0 when none). */
  populationAtEnd(geo: GeoKey): number;
}

/**
 * Assumption: "population of the zones in scope" (per-population rates) and "zones in scope"
 * (coverage) are taken on the period's last day, like "covered at the period's end".
 */
export function periodGeography(inputs: OracleInputs, period: Period): PeriodGeography {
  const { territory, scope } = inputs;
  const zonesAtEnd = scope.zonesAt(period.end);
  const zonesDuringByGeo = new Map<GeoKey, string[]>();
  for (const z of new Set([...scope.zonesDuring(period.start, period.end), ...zonesAtEnd])) {
    for (const g of zoneGeos(territory, z)) zonesDuringByGeo.set(g, [...(zonesDuringByGeo.get(g) ?? []), z]);
  }
  const geos = new Set(zonesDuringByGeo.keys());
  const zonesAtEndByGeo = new Map<GeoKey, string[]>();
  for (const z of zonesAtEnd) {
    for (const g of zoneGeos(territory, z)) zonesAtEndByGeo.set(g, [...(zonesAtEndByGeo.get(g) ?? []), z]);
  }
  return {
    zonesAtEnd,
    geos: [...geos],
    zonesAtEndByGeo,
    zonesDuringByGeo,
    populationAtEnd: (geo) => (zonesAtEndByGeo.get(geo) ?? []).reduce((s, z) => s + territory.epci.get(z)!.population, 0),
  };
}
