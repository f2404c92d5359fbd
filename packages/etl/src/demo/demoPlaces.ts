import { addDays, LAUNCH_DATE, withLuhnKey } from '@vigie/core';
import type { DemoZone } from './chooseZones.js';
import type { DemoCommune, DemoEpci, DemoTerritory } from './demoTerritory.js';
import { ofPlace } from './frenchPlaceNames.js';
import { createPrng, type Prng } from './prng.js';

export type PlaceType = 'MSP' | 'CDS' | 'CABINET' | 'FRANCE_SERVICES' | 'AUTRE';

export interface DemoPlace {
  siret: string;
  name: string;
  type: PlaceType;
  address: string;
  commune: DemoCommune;
  epci: DemoEpci;
  /** Région de l'ARS qui le déclare (celle de son EPCI). */
  region: string;
  /** Zone prioritaire qui le contient, ou null pour un lieu hors zone. */
  zone: DemoZone | null;
  /** Date à partir de laquelle il figure dans les instantanés de l'ARS. */
  declared: string;
  opening: string;
  closing: string | null;
  /** Attrait pour les volontaires ; 0 = lieu ouvert mais jamais choisi. */
  wishWeight: number;
}

const FIRST_DECLARATION = '2025-08-04';
const OUTSIDE_ZONE_PLACES = 10;
const TYPES: readonly PlaceType[] = ['MSP', 'CDS', 'CABINET', 'FRANCE_SERVICES', 'AUTRE'];
const TYPE_WEIGHTS = [35, 15, 20, 20, 10];
const STREETS = [
  'place de la Mairie', "rue de l'Église", 'avenue de la Gare', 'Grande Rue', 'rue du Général-de-Gaulle',
  'place du Marché', 'rue des Écoles', 'route de la Forêt', 'rue Jean-Jaurès', 'allée des Tilleuls',
  'rue Victor-Hugo', 'place de la Libération', 'chemin des Près', 'rue Pasteur', 'boulevard de la République',
];

function placeName(type: PlaceType, commune: DemoCommune, prng: Prng): string {
  const place = ofPlace(commune.name);
  switch (type) {
    case 'MSP':
      return `Maison de santé pluriprofessionnelle ${place}`;
    case 'CDS':
      return prng.chance(0.5) ? `Centre de santé municipal ${place}` : `Centre de santé intercommunal ${place}`;
    case 'CABINET':
      return `Cabinet médical ${place}`;
    case 'FRANCE_SERVICES':
      return `France services ${place}`;
    case 'AUTRE':
      return prng.pick([`Salle polyvalente ${place}`, `Mairie annexe ${place}`, `Espace de santé ${place}`]);
  }
}

/** Une commune membre, tirée selon sa population (le bourg-centre d'abord). */
function pickCommune(prng: Prng, epci: DemoEpci): DemoCommune {
  return epci.members[prng.weightedIndex(epci.members.map((m) => Math.sqrt(m.population + 1)))] as DemoCommune;
}

function newSiret(prng: Prng, used: Set<string>): string {
  for (;;) {
    const siren = withLuhnKey(String(prng.int(1, 9)) + String(prng.int(0, 9_999_999)).padStart(7, '0'));
    const siret = withLuhnKey(siren + String(prng.int(1, 9_999)).padStart(4, '0'));
    if (!used.has(siret)) {
      used.add(siret);
      return siret;
    }
  }
}

function firstOpening(zone: DemoZone, prng: Prng): string {
  if (zone.designatedOn > LAUNCH_DATE) return addDays(zone.designatedOn, prng.int(14, 60));
  return zone.phase === 'pilote' ? addDays(LAUNCH_DATE, prng.int(0, 25)) : addDays('2025-09-15', prng.int(0, 90));
}

function makePlace(prng: Prng, used: Set<string>, epci: DemoEpci, zone: DemoZone | null, opening: string, wishWeight: number): DemoPlace {
  const type = TYPES[prng.weightedIndex(TYPE_WEIGHTS)] as PlaceType;
  const commune = pickCommune(prng, epci);
  const declared = addDays(opening, -prng.int(10, 40));
  return {
    siret: newSiret(prng, used),
    name: placeName(type, commune, prng),
    type,
    address: `${prng.int(1, 48)} ${prng.pick(STREETS)}`,
    commune,
    epci,
    region: epci.region,
    zone,
    declared: declared < FIRST_DECLARATION ? FIRST_DECLARATION : declared,
    opening,
    closing: prng.chance(0.05) ? addDays(opening, prng.int(60, 300)) : null,
    wishWeight,
  };
}

/**
 * Les lieux solidaires : 1 à 4 par zone, ouverts après le lancement ; certaines zones n'attirent
 * personne (pas de journée : matière pour l'alerte), quelques lieux ne servent jamais, et une dizaine
 * de lieux sont hors de toute zone.
 */
export function buildPlaces(territory: DemoTerritory, zones: readonly DemoZone[], seed: number): DemoPlace[] {
  const prng = createPrng(seed, 'lieux');
  const used = new Set<string>();
  const places: DemoPlace[] = [];
  for (const zone of zones) {
    const zoneWeight = prng.chance(0.07) ? 0 : 0.6 + prng.next() * 1.4;
    const count = 1 + prng.weightedIndex([40, 30, 20, 10]);
    const first = firstOpening(zone, prng);
    for (let i = 0; i < count; i++) {
      const opening = i === 0 ? first : addDays(first, prng.int(30, 240));
      places.push(makePlace(prng, used, zone.epci, zone, opening, prng.chance(0.08) ? 0 : zoneWeight));
    }
  }
  const zoneCodes = new Set(zones.map((z) => z.epci.code));
  const regions = [...new Set(zones.map((z) => z.epci.region))].sort();
  const outside = territory.epcis.filter((e) => !zoneCodes.has(e.code) && e.type === 'CC' && regions.includes(e.region));
  for (const epci of prng.shuffle(outside).slice(0, OUTSIDE_ZONE_PLACES)) {
    places.push(makePlace(prng, used, epci, null, addDays('2025-09-15', prng.int(0, 100)), 0.6));
  }
  return places.sort((a, b) => a.declared.localeCompare(b.declared) || a.siret.localeCompare(b.siret));
}
