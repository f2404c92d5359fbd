import { addDays, fromDayNumber, toDayNumber, withLuhnKey } from '@vigie/core';
import type { DemoCommune, DemoTerritory } from './demoTerritory.js';
import type { DemoPlace } from './demoPlaces.js';
import { FIRST_NAMES_MEN, FIRST_NAMES_WOMEN, LAST_NAMES, NAMES_OUTSIDE_WINDOWS_1252 } from './frenchNames.js';
import { asciiSlug } from './frenchPlaceNames.js';
import { createPrng, type Prng } from './prng.js';

export type DossierStatus = 'En construction' | 'En instruction' | 'Accepté' | 'Refusé' | 'Classé sans suite';

/** Un dossier de candidature (Démarches simplifiées) et toute son histoire. */
export interface DemoVolunteer {
  id: number;
  region: string;
  title: 'M.' | 'Mme';
  lastName: string;
  firstName: string;
  email: string;
  rpps: string;
  commune: DemoCommune;
  places: DemoPlace[];
  daysPerMonth: 1 | 2;
  submitted: string;
  submittedMinute: number;
  instruction: string | null;
  decided: string | null;
  decision: 'Accepté' | 'Refusé' | 'Classé sans suite' | null;
  /** Accepté puis retiré (Classé sans suite) à cette date. */
  withdrawal: string | null;
  /** Dossier supprimé (absent des instantanés suivants) à cette date. */
  deletion: string | null;
  availableFrom: string;
  /** La dernière mise à jour s'écrit avec l'heure. */
  updatedWithTime: boolean;
  /** Le médecin code ses consultations GS plutôt que G. */
  codeGS: boolean;
}

export const PROCEDURE_OPENING = '2025-07-01';
const DOSSIERS_AT_SCALE_1 = 450;

function pickWishedPlaces(prng: Prng, regionPlaces: DemoPlace[], submitted: string): DemoPlace[] {
  const known = regionPlaces.filter((l) => l.declared <= addDays(submitted, 90));
  const pool = known.length > 0 ? known : regionPlaces.slice(0, 3);
  const weights = pool.map((l) => l.wishWeight);
  const wished: DemoPlace[] = [];
  const count = 1 + prng.weightedIndex([55, 30, 15]);
  while (wished.length < count && weights.some((w) => w > 0)) {
    const index = prng.weightedIndex(weights);
    weights[index] = 0;
    wished.push(pool[index] as DemoPlace);
  }
  if (wished.length === 0) wished.push(prng.pick(pool));
  return wished;
}

/** `count` dossiers répartis entre régions comme les lieux, déposés du 01/07/2025 jusqu'à `until`. */
export function buildVolunteers(territory: DemoTerritory, places: readonly DemoPlace[], until: string, scale: number, seed: number): DemoVolunteer[] {
  const prng = createPrng(seed, 'volontaires');
  const count = Math.max(1, Math.round(DOSSIERS_AT_SCALE_1 * scale));
  const placesByRegion = new Map<string, DemoPlace[]>();
  for (const place of places) placesByRegion.set(place.region, [...(placesByRegion.get(place.region) ?? []), place]);
  const regions = [...placesByRegion.keys()].sort();
  const regionWeights = regions.map((r) => (placesByRegion.get(r) ?? []).filter((l) => l.zone).length);
  const practices = [...territory.communes.values()].filter((c) => c.population >= 2_000 && c.epci !== null);
  const practicesByRegion = new Map<string, DemoCommune[]>();
  for (const c of practices) practicesByRegion.set(c.region, [...(practicesByRegion.get(c.region) ?? []), c]);

  const span = toDayNumber(addDays(until, -7)) - toDayNumber(PROCEDURE_OPENING);
  const usedRpps = new Set<string>();
  const usedEmails = new Set<string>();
  const dossiers: DemoVolunteer[] = [];
  const firstRegions = prng.shuffle(regions);
  for (let i = 0; i < count; i++) {
    // Chaque région reçoit d'abord un dossier, puis selon le nombre de ses lieux en zone.
    const region = firstRegions[i] ?? (regions[prng.weightedIndex(regionWeights)] as string);
    const title = prng.chance(0.52) ? 'Mme' : 'M.';
    const firstName = prng.pick(title === 'Mme' ? FIRST_NAMES_WOMEN : FIRST_NAMES_MEN);
    // Les premiers dossiers portent des graphies hors Windows-1252 : l'export UTF-8 doit les garder.
    const lastName = NAMES_OUTSIDE_WINDOWS_1252[i] ?? prng.pick(LAST_NAMES);
    let email = `${asciiSlug(firstName)}.${asciiSlug(lastName)}@${prng.pick(['exemple.fr', 'exemple.org', 'exemple.com'])}`;
    for (let n = 2; usedEmails.has(email); n++) email = email.replace(/(\d*)@/, `${n}@`);
    usedEmails.add(email);
    let rpps = '';
    do rpps = withLuhnKey('10' + String(prng.int(0, 99_999_999)).padStart(8, '0'));
    while (usedRpps.has(rpps));
    usedRpps.add(rpps);
    const regionPractices = practicesByRegion.get(region) ?? [];
    const commune = prng.chance(0.85) && regionPractices.length > 0 ? prng.pick(regionPractices) : prng.pick(practices);

    // Les dossiers n° 1 à 4 (tirés tôt) ont un sort fixé : supprimé, accepté puis retiré, refusé, classé
    // sans suite ; chaque cas existe ainsi à toute échelle.
    const forcedDeletion = i === 1;
    const forcedWithdrawal = i === 2;
    const early = i >= 1 && i <= 4;
    const submitted = fromDayNumber(toDayNumber(PROCEDURE_OPENING) + (early ? prng.int(3, 20) : Math.floor(span * prng.next() ** 1.8)));
    const deletion = forcedDeletion || (!early && prng.chance(0.04)) ? addDays(submitted, prng.int(20, 70)) : null;
    const instruction = deletion ? null : addDays(submitted, prng.int(2, 21));
    const decided = instruction ? addDays(instruction, prng.int(5, 35)) : null;
    const roll = forcedWithdrawal ? 0 : i === 3 ? 0.8 : i === 4 ? 0.95 : prng.next();
    const decision = decided ? (roll < 0.78 ? 'Accepté' : roll < 0.88 ? 'Refusé' : 'Classé sans suite') : null;
    const withdrawal = decision === 'Accepté' && decided && (forcedWithdrawal || prng.chance(0.05)) ? addDays(decided, prng.int(45, 120)) : null;
    dossiers.push({
      id: 0,
      region,
      title,
      lastName,
      firstName,
      email,
      rpps,
      commune,
      places: pickWishedPlaces(prng, placesByRegion.get(region) ?? [], submitted),
      daysPerMonth: prng.chance(0.6) ? 1 : 2,
      submitted,
      submittedMinute: prng.int(7 * 60, 23 * 60),
      instruction,
      decided,
      decision,
      withdrawal,
      deletion,
      availableFrom: addDays(submitted, prng.int(10, 60)),
      updatedWithTime: prng.chance(0.5),
      codeGS: prng.chance(0.2),
    });
  }
  dossiers.sort((a, b) => a.submitted.localeCompare(b.submitted) || a.submittedMinute - b.submittedMinute || a.rpps.localeCompare(b.rpps));
  dossiers.forEach((d, index) => (d.id = 20_000 + index * 3 + (index % 3)));
  return dossiers;
}

export interface DossierState {
  status: DossierStatus;
  lastUpdate: string;
  instruction: string | null;
  decided: string | null;
}

/** L'état du dossier dans l'instantané du jour `date`, ou null s'il n'y figure pas (pas encore déposé, ou supprimé). */
export function dossierStateAt(v: DemoVolunteer, date: string): DossierState | null {
  if (v.submitted > date || (v.deletion !== null && v.deletion <= date)) return null;
  const instruction = v.instruction !== null && v.instruction <= date ? v.instruction : null;
  const decided = v.decided !== null && v.decided <= date ? v.decided : null;
  if (v.withdrawal !== null && v.withdrawal <= date) {
    return { status: 'Classé sans suite', lastUpdate: v.withdrawal, instruction, decided: v.withdrawal };
  }
  if (decided && v.decision) return { status: v.decision, lastUpdate: decided, instruction, decided };
  if (instruction) return { status: 'En instruction', lastUpdate: instruction, instruction, decided: null };
  return { status: 'En construction', lastUpdate: v.submitted, instruction: null, decided: null };
}
