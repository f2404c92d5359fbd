import { addDays, fromDayNumber, toDayNumber, withLuhnKey } from '@vigie/core';
import type { DemoCommune, DemoTerritory } from './demoTerritory.js';
import type { DemoLieu } from './demoLieux.js';
import { FIRST_NAMES_MEN, FIRST_NAMES_WOMEN, LAST_NAMES, NAMES_OUTSIDE_WINDOWS_1252 } from './frenchNames.js';
import { asciiSlug } from './frenchPlaceNames.js';
import { createPrng, type Prng } from './prng.js';

export type EtatDossier = 'En construction' | 'En instruction' | 'Accepté' | 'Refusé' | 'Classé sans suite';

/** Un dossier de candidature (Démarches simplifiées) et toute son histoire. */
export interface DemoVolontaire {
  id: number;
  region: string;
  civilite: 'M.' | 'Mme';
  nom: string;
  prenom: string;
  email: string;
  rpps: string;
  commune: DemoCommune;
  lieux: DemoLieu[];
  joursParMois: 1 | 2;
  depose: string;
  deposeMinute: number;
  instruction: string | null;
  traite: string | null;
  decision: 'Accepté' | 'Refusé' | 'Classé sans suite' | null;
  /** Accepté puis retiré (Classé sans suite) à cette date. */
  retrait: string | null;
  /** Dossier supprimé (absent des instantanés suivants) à cette date. */
  suppression: string | null;
  disponible: string;
  /** La dernière mise à jour s'écrit avec l'heure. */
  majAvecHeure: boolean;
  /** Le médecin code ses consultations GS plutôt que G. */
  codeGS: boolean;
}

export const PROCEDURE_OPENING = '2025-07-01';
const DOSSIERS_AT_SCALE_1 = 450;

function pickWishedLieux(prng: Prng, regionLieux: DemoLieu[], depose: string): DemoLieu[] {
  const known = regionLieux.filter((l) => l.declared <= addDays(depose, 90));
  const pool = known.length > 0 ? known : regionLieux.slice(0, 3);
  const weights = pool.map((l) => l.wishWeight);
  const wished: DemoLieu[] = [];
  const count = 1 + prng.weightedIndex([55, 30, 15]);
  while (wished.length < count && weights.some((w) => w > 0)) {
    const index = prng.weightedIndex(weights);
    weights[index] = 0;
    wished.push(pool[index] as DemoLieu);
  }
  if (wished.length === 0) wished.push(prng.pick(pool));
  return wished;
}

/** `count` dossiers répartis entre régions comme les lieux, déposés du 01/07/2025 jusqu'à `until`. */
export function buildVolontaires(territory: DemoTerritory, lieux: readonly DemoLieu[], until: string, scale: number, seed: number): DemoVolontaire[] {
  const prng = createPrng(seed, 'volontaires');
  const count = Math.max(1, Math.round(DOSSIERS_AT_SCALE_1 * scale));
  const lieuxByRegion = new Map<string, DemoLieu[]>();
  for (const lieu of lieux) lieuxByRegion.set(lieu.region, [...(lieuxByRegion.get(lieu.region) ?? []), lieu]);
  const regions = [...lieuxByRegion.keys()].sort();
  const regionWeights = regions.map((r) => (lieuxByRegion.get(r) ?? []).filter((l) => l.zone).length);
  const practices = [...territory.communes.values()].filter((c) => c.population >= 2_000 && c.epci !== null);
  const practicesByRegion = new Map<string, DemoCommune[]>();
  for (const c of practices) practicesByRegion.set(c.region, [...(practicesByRegion.get(c.region) ?? []), c]);

  const span = toDayNumber(addDays(until, -7)) - toDayNumber(PROCEDURE_OPENING);
  const usedRpps = new Set<string>();
  const usedEmails = new Set<string>();
  const dossiers: DemoVolontaire[] = [];
  const firstRegions = prng.shuffle(regions);
  for (let i = 0; i < count; i++) {
    // Chaque région reçoit d'abord un dossier, puis selon le nombre de ses lieux en zone.
    const region = firstRegions[i] ?? (regions[prng.weightedIndex(regionWeights)] as string);
    const civilite = prng.chance(0.52) ? 'Mme' : 'M.';
    const prenom = prng.pick(civilite === 'Mme' ? FIRST_NAMES_WOMEN : FIRST_NAMES_MEN);
    // Les premiers dossiers portent des graphies hors Windows-1252 : l'export UTF-8 doit les garder.
    const nom = NAMES_OUTSIDE_WINDOWS_1252[i] ?? prng.pick(LAST_NAMES);
    let email = `${asciiSlug(prenom)}.${asciiSlug(nom)}@${prng.pick(['exemple.fr', 'exemple.org', 'exemple.com'])}`;
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
    const depose = fromDayNumber(toDayNumber(PROCEDURE_OPENING) + (early ? prng.int(3, 20) : Math.floor(span * prng.next() ** 1.8)));
    const suppression = forcedDeletion || (!early && prng.chance(0.04)) ? addDays(depose, prng.int(20, 70)) : null;
    const instruction = suppression ? null : addDays(depose, prng.int(2, 21));
    const traite = instruction ? addDays(instruction, prng.int(5, 35)) : null;
    const roll = forcedWithdrawal ? 0 : i === 3 ? 0.8 : i === 4 ? 0.95 : prng.next();
    const decision = traite ? (roll < 0.78 ? 'Accepté' : roll < 0.88 ? 'Refusé' : 'Classé sans suite') : null;
    const retrait = decision === 'Accepté' && traite && (forcedWithdrawal || prng.chance(0.05)) ? addDays(traite, prng.int(45, 120)) : null;
    dossiers.push({
      id: 0,
      region,
      civilite,
      nom,
      prenom,
      email,
      rpps,
      commune,
      lieux: pickWishedLieux(prng, lieuxByRegion.get(region) ?? [], depose),
      joursParMois: prng.chance(0.6) ? 1 : 2,
      depose,
      deposeMinute: prng.int(7 * 60, 23 * 60),
      instruction,
      traite,
      decision,
      retrait,
      suppression,
      disponible: addDays(depose, prng.int(10, 60)),
      majAvecHeure: prng.chance(0.5),
      codeGS: prng.chance(0.2),
    });
  }
  dossiers.sort((a, b) => a.depose.localeCompare(b.depose) || a.deposeMinute - b.deposeMinute || a.rpps.localeCompare(b.rpps));
  dossiers.forEach((d, index) => (d.id = 20_000 + index * 3 + (index % 3)));
  return dossiers;
}

export interface DossierState {
  etat: EtatDossier;
  derniereMiseAJour: string;
  instruction: string | null;
  traite: string | null;
}

/** L'état du dossier dans l'instantané du jour `date`, ou null s'il n'y figure pas (pas encore déposé, ou supprimé). */
export function dossierStateAt(v: DemoVolontaire, date: string): DossierState | null {
  if (v.depose > date || (v.suppression !== null && v.suppression <= date)) return null;
  const instruction = v.instruction !== null && v.instruction <= date ? v.instruction : null;
  const traite = v.traite !== null && v.traite <= date ? v.traite : null;
  if (v.retrait !== null && v.retrait <= date) {
    return { etat: 'Classé sans suite', derniereMiseAJour: v.retrait, instruction, traite: v.retrait };
  }
  if (traite && v.decision) return { etat: v.decision, derniereMiseAJour: traite, instruction, traite };
  if (instruction) return { etat: 'En instruction', derniereMiseAJour: instruction, instruction, traite: null };
  return { etat: 'En construction', derniereMiseAJour: v.depose, instruction: null, traite: null };
}
