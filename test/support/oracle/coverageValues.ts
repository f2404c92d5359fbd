import { addDays } from '../isoCalendar.js';
import type { OracleInputs } from './loadOracleInputs.js';
import { zoneOfActivity } from './loadOracleInputs.js';
import type { EmitValue, Period } from './oracleTypes.js';
import type { PeriodGeography } from './periodGeography.js';
import { count, ratio } from './ratio.js';

/**
 * Couverture des zones at the département, région and national levels: a zone in scope at the
 * period's end is covered when it had a realised day unit in the 28 days ending that day.
 * Assumption: as everywhere, a day counts for a zone only when the zone was in scope that day.
 */
export function coverageValues(inputs: OracleInputs, period: Period, geography: PeriodGeography, emit: EmitValue): void {
  const from = addDays(period.end, -27);
  const covered = new Set<string>();
  for (const j of inputs.journees) {
    if (j.statut !== 'REALISEE' || j.date < from || j.date > period.end) continue;
    const zone = zoneOfActivity(inputs, j.siret, j.date);
    if (zone) covered.add(zone);
  }
  for (const [geo, zones] of geography.zonesAtEndByGeo) {
    if (geo.startsWith('zone|')) continue;
    const coveredZones = zones.filter((z) => covered.has(z));
    const population = (zs: string[]) => zs.reduce((s, z) => s + inputs.territory.epci.get(z)!.population, 0);
    emit('zones_couvertes', geo, count(coveredZones.length));
    emit('taux_zones_couvertes', geo, ratio(coveredZones.length, zones.length));
    emit('taux_population_couverte', geo, ratio(population(coveredZones), population(zones)));
  }
}
