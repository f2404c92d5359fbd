import { addDays, formatDate, withLuhnKey } from '@vigie/core';
import type { DemoZone } from './chooseZones.js';
import type { DemoCommune } from './demoTerritory.js';
import type { DemoPlace } from './demoPlaces.js';
import { createPrng } from './prng.js';

/** Premier semestre des docteurs juniors : novembre 2026 (affectations connues dès octobre). */
export const DJ_FIRST_SEMESTER_START = '2026-11-02';
const SECOND_SEMESTER_START = '2027-05-03';
const FIRST_SEMESTER_END = '2027-04-30';

export type JuniorZoning = 'ZIP' | 'ZAC' | 'QPV' | 'AUCUN';

/** Un docteur junior fictif : son affectation du premier semestre, ses changements éventuels. */
export interface DemoJuniorDoctor {
  rpps: string;
  msu: string;
  /** Région de l'ARS qui le suit (celle de la zone). */
  region: string;
  commune: DemoCommune;
  siret: string;
  zoning: JuniorZoning;
  start: string;
  /** Changement de lieu (autre commune de la région) à cette date, s'il y en a un. */
  move: { date: string; commune: DemoCommune; siret: string } | null;
  /** Affectation interrompue à cette date, s'il y en a une. */
  interruption: string | null;
  /** Reconduit au semestre de mai 2027 (même lieu, même MSU). */
  renewed: boolean;
  /** Actes mensuels moyens (de 120 à 320) ; null : l'ARS ne les connaît pas. */
  monthlyActs: number | null;
}

function randomSiret(prng: ReturnType<typeof createPrng>): string {
  return withLuhnKey(String(prng.int(100_000_000, 999_999_999)) + String(prng.int(1000, 9999)));
}

/**
 * Les docteurs juniors de la démonstration : dans à peu près 4 zones sur 10 en périmètre au
 * 01/11/2026, 1 à 3 chacune (2 à 4 en Nouvelle-Aquitaine), chacun chez un maître de stage qui en
 * encadre parfois deux ; quelques-uns changent de lieu, quelques affectations sont interrompues.
 * Ne dépend pas de l'échelle (les docteurs juniors ne sont pas des volontaires).
 */
export function buildJuniorDoctors(zones: readonly DemoZone[], places: readonly DemoPlace[], seed: number): DemoJuniorDoctor[] {
  const prng = createPrng(seed, 'docteurs-juniors');
  const inScope = zones
    .filter((z) => z.designatedOn <= DJ_FIRST_SEMESTER_START && (z.droppedOn === null || z.droppedOn > DJ_FIRST_SEMESTER_START))
    .sort((a, b) => a.epci.code.localeCompare(b.epci.code));
  const juniors: DemoJuniorDoctor[] = [];
  let serial = 0;
  for (const zone of inScope) {
    if (!prng.chance(0.4)) continue;
    const count = zone.epci.region === '75' ? prng.int(2, 4) : prng.int(1, 3);
    const zonePlaces = places.filter((l) => l.zone?.epci.code === zone.epci.code);
    let msu = '';
    for (let i = 0; i < count; i++) {
      serial++;
      if (msu === '' || prng.chance(0.7)) msu = withLuhnKey(`108${String(seed % 100).padStart(2, '0')}${String(serial).padStart(5, '0')}`);
      const place = zonePlaces.length > 0 && prng.chance(0.3) ? prng.pick(zonePlaces) : null;
      const commune = place?.commune ?? prng.pick(zone.epci.members);
      const other = prng.pick(inScope.filter((z) => z.epci.region === zone.epci.region));
      const moves = prng.chance(0.12);
      const interrupted = !moves && prng.chance(0.1);
      juniors.push({
        rpps: withLuhnKey(`109${String(seed % 100).padStart(2, '0')}${String(serial).padStart(5, '0')}`),
        msu,
        region: zone.epci.region,
        commune,
        siret: place?.siret ?? randomSiret(prng),
        zoning: prng.pick<JuniorZoning>(['ZIP', 'ZIP', 'ZIP', 'ZIP', 'ZIP', 'ZIP', 'ZAC', 'ZAC', 'QPV', 'AUCUN']),
        start: addDays(DJ_FIRST_SEMESTER_START, prng.int(0, 11)),
        move: moves ? { date: addDays('2026-12-01', prng.int(0, 60)), commune: prng.pick(other.epci.members), siret: randomSiret(prng) } : null,
        interruption: interrupted ? addDays('2026-12-01', prng.int(0, 90)) : null,
        renewed: prng.chance(0.8),
        monthlyActs: prng.chance(0.9) ? prng.int(120, 320) : null,
      });
    }
  }
  return juniors;
}

/** Les lignes de l'instantané d'une ARS à une date (colonnes de extracts.md, dans l'ordre). */
export function juniorDoctorRows(dj: DemoJuniorDoctor, date: string): string[][] {
  if (date < addDays(DJ_FIRST_SEMESTER_START, -35)) return [];
  const rows: string[][] = [];

  const moved = dj.move !== null && dj.move.date <= date;
  const commune = moved ? dj.move!.commune : dj.commune;
  const siret = moved ? dj.move!.siret : dj.siret;
  const acts = (): string => {
    // les actes du mois civil précédent, connus une fois un mois entier passé en poste
    if (dj.monthlyActs === null || date < addDays(dj.start, 31)) return '';
    const wobble = ((Number(dj.rpps.slice(-4)) + Number(date.slice(5, 7)) * 37) % 61) - 30;
    return String(Math.max(0, dj.monthlyActs + wobble));
  };
  let status: string;
  let end = '';
  if (date < dj.start) status = 'AFFECTE';
  else if (dj.interruption !== null && dj.interruption <= date) {
    status = 'INTERROMPU';
    end = formatDate(dj.interruption);
  } else if (date > FIRST_SEMESTER_END) {
    status = 'TERMINE';
    end = formatDate(FIRST_SEMESTER_END);
  } else status = 'EN_POSTE';
  rows.push([dj.rpps, '2026-11', formatDate(dj.start), end, siret, commune.code, dj.msu, dj.zoning, status, status === 'EN_POSTE' ? acts() : '']);
  if (dj.renewed && dj.interruption === null && date >= addDays(SECOND_SEMESTER_START, -35)) {
    const started = date >= SECOND_SEMESTER_START;
    rows.push([dj.rpps, '2027-05', formatDate(SECOND_SEMESTER_START), '', siret, commune.code, dj.msu, dj.zoning, started ? 'EN_POSTE' : 'AFFECTE', started ? acts() : '']);
  }
  return rows;
}
