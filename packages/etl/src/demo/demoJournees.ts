import { addDays, isoWeekday, isoWeekOf, lastDayOfMonth, LAUNCH_DATE, monthsBetween, toDayNumber } from '@vigie/core';
import type { DemoLieu } from './demoLieux.js';
import type { DemoVolontaire } from './demoVolontaires.js';
import { createPrng, type Prng } from './prng.js';

export type Creneau = 'JOURNEE' | 'MATIN' | 'APRES_MIDI';
export type StatutJournee = 'PLANIFIEE' | 'REALISEE' | 'ANNULEE';

/** Une journée (ou demi-journée) de mission et la façon dont les exports hebdomadaires la montrent. */
export interface DemoJournee {
  index: number;
  date: string;
  volontaire: DemoVolontaire;
  lieu: DemoLieu;
  creneau: Creneau;
  /** Jour où elle a été réservée : elle paraît PLANIFIEE dans l'export de cette semaine-là. */
  booked: string;
  /** Statut vu dans l'export de sa propre semaine. */
  weekStatus: StatutJournee;
  /** Renvoi dans un export plus tardif avec un statut mis à jour (le dernier fichier l'emporte). */
  resend: { week: string; status: StatutJournee } | null;
  /** Statut final connu à `until` (PLANIFIEE si elle est après `until`). */
  finalStatus: StatutJournee;
  nbProposes: number;
  /** Rendez-vous pris une fois réalisée, et tant qu'elle n'est que planifiée. */
  nbPris: number;
  nbPrisPlanifies: number;
  /** Actes facturés (seulement si son statut final est REALISEE). */
  actes: number;
}

/** Pauses : des zones sans journée réalisée pendant 5 à 9 semaines (l'alerte « zone non couverte »). */
function zonePauses(lieux: readonly DemoLieu[], until: string, seed: number): Map<string, [string, string]> {
  const prng = createPrng(seed, 'pauses');
  const pauses = new Map<string, [string, string]>();
  const latestStart = toDayNumber(addDays(until, -40)) - toDayNumber('2025-10-15');
  if (latestStart <= 0) return pauses;
  for (const code of [...new Set(lieux.filter((l) => l.zone).map((l) => l.epci.code))].sort()) {
    if (!prng.chance(0.15)) continue;
    const start = addDays('2025-10-15', prng.int(0, latestStart));
    pauses.set(code, [start, addDays(start, prng.int(35, 63))]);
  }
  return pauses;
}

function isOpen(lieu: DemoLieu, date: string): boolean {
  return lieu.ouverture <= date && (lieu.fermeture === null || date < lieu.fermeture);
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

function counts(prng: Prng, creneau: Creneau): Pick<DemoJournee, 'nbProposes' | 'nbPris' | 'nbPrisPlanifies' | 'actes'> {
  const full = creneau === 'JOURNEE';
  const actes = full ? prng.int(8, 20) : prng.int(4, 10);
  const nbPris = actes + prng.int(0, 2);
  const nbProposes = Math.max(nbPris, full ? prng.int(14, 22) : prng.int(7, 11));
  return { nbProposes, nbPris, nbPrisPlanifies: Math.floor(nbPris * (0.4 + 0.5 * prng.next())), actes };
}

/** Les rendez-vous pris tels qu'un export les montre pour ce statut. */
export function rendezVousPris(j: DemoJournee, status: StatutJournee): number {
  return status === 'REALISEE' ? j.nbPris : status === 'ANNULEE' ? 0 : j.nbPrisPlanifies;
}

/**
 * Chaque volontaire accepté fait 1 ou 2 créneaux par mois dans ses lieux ouverts, du lancement jusqu'à
 * six semaines après `until` (réservations à venir). La plupart sont réalisées, certaines annulées ; une
 * partie n'est mise à jour qu'une semaine plus tard, et quelques réalisées sont corrigées en annulées.
 */
export function buildJournees(volontaires: readonly DemoVolontaire[], lieux: readonly DemoLieu[], until: string, seed: number): DemoJournee[] {
  const prng = createPrng(seed, 'journees');
  const pauses = zonePauses(lieux, until, seed);
  const horizon = addDays(until, 42);
  const untilWeek = isoWeekOf(until).label;
  const journees: DemoJournee[] = [];
  for (const v of volontaires) {
    if (v.decision !== 'Accepté' || v.traite === null || v.traite > until) continue;
    const start = [v.traite, v.disponible, LAUNCH_DATE].sort()[2] as string;
    const taken = new Set<string>();
    for (const month of monthsBetween(start, horizon)) {
      for (let k = 0; k < v.joursParMois; k++) {
        const date = pickDate(prng, month, start, horizon);
        if (date === null || taken.has(date)) continue;
        const open = v.lieux.filter((l) => isOpen(l, date));
        if (open.length === 0) continue;
        const lieu = prng.pick(open);
        const pause = pauses.get(lieu.epci.code);
        if (pause && pause[0] <= date && date <= pause[1]) continue;
        const bookedRaw = addDays(date, -prng.int(7, 42));
        const booked = [bookedRaw, v.traite, lieu.declared].sort()[2] as string;
        if (booked > until || (v.retrait !== null && booked >= v.retrait)) continue;
        taken.add(date);
        const weekday = isoWeekday(date);
        const roll = prng.next();
        const creneau: Creneau = weekday === 6 ? 'MATIN' : roll < 0.7 ? 'JOURNEE' : roll < 0.85 ? 'MATIN' : 'APRES_MIDI';
        const withdrawn = v.retrait !== null && date >= v.retrait;
        let finalStatus: StatutJournee = date > until ? 'PLANIFIEE' : withdrawn || prng.chance(0.09) ? 'ANNULEE' : 'REALISEE';
        if (withdrawn && date > until) finalStatus = 'ANNULEE';
        let weekStatus = finalStatus;
        let resend: DemoJournee['resend'] = null;
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
        journees.push({ index: 0, date, volontaire: v, lieu, creneau, booked, weekStatus, resend, finalStatus, ...counts(prng, creneau) });
      }
    }
  }
  journees.sort((a, b) => a.date.localeCompare(b.date) || a.lieu.siret.localeCompare(b.lieu.siret) || a.volontaire.rpps.localeCompare(b.volontaire.rpps));
  journees.forEach((j, index) => (j.index = index));
  return journees;
}
