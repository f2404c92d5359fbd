import { addDays, isoWeekday, isoWeekOf, lastDayOfMonth, LAUNCH_DATE, monthsBetween, toDayNumber } from '@vigie/core';
import type { DemoPlace } from './demoPlaces.js';
import type { DemoVolunteer } from './demoVolunteers.js';
import { createPrng, type Prng } from './prng.js';

export type Slot = 'JOURNEE' | 'MATIN' | 'APRES_MIDI';
export type MissionDayStatus = 'PLANIFIEE' | 'REALISEE' | 'ANNULEE';

/** Une journée (ou demi-journée) de mission et la façon dont les exports hebdomadaires la montrent. */
export interface DemoMissionDay {
  index: number;
  date: string;
  volunteer: DemoVolunteer;
  place: DemoPlace;
  slot: Slot;
  /** Jour où elle a été réservée : elle paraît PLANIFIEE dans l'export de cette semaine-là. */
  booked: string;
  /** Statut vu dans l'export de sa propre semaine. */
  weekStatus: MissionDayStatus;
  /** Renvoi dans un export plus tardif avec un statut mis à jour (le dernier fichier l'emporte). */
  resend: { week: string; status: MissionDayStatus } | null;
  /** Statut final connu à `until` (PLANIFIEE si elle est après `until`). */
  finalStatus: MissionDayStatus;
  offeredAppointments: number;
  /** Rendez-vous pris une fois réalisée, et tant qu'elle n'est que planifiée. */
  bookedAppointments: number;
  plannedBookedAppointments: number;
  /** Actes facturés (seulement si son statut final est REALISEE). */
  acts: number;
}

/** Pauses : des zones sans journée réalisée pendant 5 à 9 semaines (l'alerte « zone non couverte »). */
function zonePauses(places: readonly DemoPlace[], until: string, seed: number): Map<string, [string, string]> {
  const prng = createPrng(seed, 'pauses');
  const pauses = new Map<string, [string, string]>();
  const latestStart = toDayNumber(addDays(until, -40)) - toDayNumber('2025-10-15');
  if (latestStart <= 0) return pauses;
  for (const code of [...new Set(places.filter((l) => l.zone).map((l) => l.epci.code))].sort()) {
    if (!prng.chance(0.15)) continue;
    const start = addDays('2025-10-15', prng.int(0, latestStart));
    pauses.set(code, [start, addDays(start, prng.int(35, 63))]);
  }
  return pauses;
}

function isOpen(place: DemoPlace, date: string): boolean {
  return place.opening <= date && (place.closing === null || date < place.closing);
}

function pickDate(prng: Prng, month: string, from: string, to: string): string | null {
  const first = `${month}-01` < from ? from : `${month}-01`;
  const last = lastDayOfMonth(month) > to ? to : lastDayOfMonth(month);
  const span = toDayNumber(last) - toDayNumber(first);
  if (span < 0) return null;
  for (let attempt = 0; attempt < 8; attempt++) {
    const date = addDays(first, prng.int(0, span));
    const weekday = isoWeekday(date);
    if (weekday <= 5 || (weekday === 6 && prng.chance(0.3))) return date;
  }
  return null;
}

function counts(prng: Prng, slot: Slot): Pick<DemoMissionDay, 'offeredAppointments' | 'bookedAppointments' | 'plannedBookedAppointments' | 'acts'> {
  const full = slot === 'JOURNEE';
  const acts = full ? prng.int(8, 20) : prng.int(4, 10);
  const bookedAppointments = acts + prng.int(0, 2);
  const offeredAppointments = Math.max(bookedAppointments, full ? prng.int(14, 22) : prng.int(7, 11));
  return { offeredAppointments, bookedAppointments, plannedBookedAppointments: Math.floor(bookedAppointments * (0.4 + 0.5 * prng.next())), acts };
}

/** Les rendez-vous pris tels qu'un export les montre pour ce statut. */
export function appointmentsShown(j: DemoMissionDay, status: MissionDayStatus): number {
  return status === 'REALISEE' ? j.bookedAppointments : status === 'ANNULEE' ? 0 : j.plannedBookedAppointments;
}

/**
 * Chaque volontaire accepté fait 1 ou 2 créneaux par mois dans ses lieux ouverts, du lancement jusqu'à
 * six semaines après `until` (réservations à venir). La plupart sont réalisées, certaines annulées ; une
 * partie n'est mise à jour qu'une semaine plus tard, et quelques réalisées sont corrigées en annulées.
 */
export function buildMissionDays(volunteers: readonly DemoVolunteer[], places: readonly DemoPlace[], until: string, seed: number): DemoMissionDay[] {
  const prng = createPrng(seed, 'journees');
  const pauses = zonePauses(places, until, seed);
  const horizon = addDays(until, 42);
  const untilWeek = isoWeekOf(until).label;
  const missionDays: DemoMissionDay[] = [];
  for (const v of volunteers) {
    if (v.decision !== 'Accepté' || v.decided === null || v.decided > until) continue;
    const start = [v.decided, v.availableFrom, LAUNCH_DATE].sort()[2] as string;
    const taken = new Set<string>();
    for (const month of monthsBetween(start, horizon)) {
      for (let k = 0; k < v.daysPerMonth; k++) {
        const date = pickDate(prng, month, start, horizon);
        if (date === null || taken.has(date)) continue;
        const open = v.places.filter((l) => isOpen(l, date));
        if (open.length === 0) continue;
        const place = prng.pick(open);
        const pause = pauses.get(place.epci.code);
        if (pause && pause[0] <= date && date <= pause[1]) continue;
        const bookedRaw = addDays(date, -prng.int(7, 42));
        const booked = [bookedRaw, v.decided, place.declared].sort()[2] as string;
        if (booked > until || (v.withdrawal !== null && booked >= v.withdrawal)) continue;
        taken.add(date);
        const weekday = isoWeekday(date);
        const roll = prng.next();
        const slot: Slot = weekday === 6 ? 'MATIN' : roll < 0.7 ? 'JOURNEE' : roll < 0.85 ? 'MATIN' : 'APRES_MIDI';
        const withdrawn = v.withdrawal !== null && date >= v.withdrawal;
        let finalStatus: MissionDayStatus = date > until ? 'PLANIFIEE' : withdrawn || prng.chance(0.09) ? 'ANNULEE' : 'REALISEE';
        if (withdrawn && date > until) finalStatus = 'ANNULEE';
        let weekStatus = finalStatus;
        let resend: DemoMissionDay['resend'] = null;
        const week = isoWeekOf(date);
        const nextWeek = isoWeekOf(addDays(week.monday, 7)).label;
        const weekAfter = isoWeekOf(addDays(week.monday, 14)).label;
        const late = prng.next();
        if (date <= until && finalStatus !== 'PLANIFIEE' && late < 0.05 && nextWeek <= untilWeek) {
          weekStatus = 'PLANIFIEE';
          resend = { week: nextWeek, status: finalStatus };
        } else if (finalStatus === 'REALISEE' && late > 0.98 && weekAfter <= untilWeek) {
          finalStatus = 'ANNULEE';
          resend = { week: prng.chance(0.5) ? nextWeek : weekAfter, status: 'ANNULEE' };
        }
        missionDays.push({ index: 0, date, volunteer: v, place, slot, booked, weekStatus, resend, finalStatus, ...counts(prng, slot) });
      }
    }
  }
  missionDays.sort((a, b) => a.date.localeCompare(b.date) || a.place.siret.localeCompare(b.place.siret) || a.volunteer.rpps.localeCompare(b.volunteer.rpps));
  missionDays.forEach((j, index) => (j.index = index));
  return missionDays;
}
