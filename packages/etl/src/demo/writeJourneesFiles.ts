import { formatDate, isoWeekOf, isoWeeksBetween, LAUNCH_DATE } from '@vigie/core';
import type { DemoOutput } from './demoOutput.js';
import { rendezVousPris, type DemoJournee, type StatutJournee } from './demoJournees.js';
import { HEADERS } from './demoHeaders.js';

interface JourneeLine {
  journee: DemoJournee;
  status: StatutJournee;
}

const CRENEAU_ORDER = { JOURNEE: 0, MATIN: 1, APRES_MIDI: 2 } as const;

/** Ce que montre chaque export hebdomadaire : réservations de la semaine, journées de la semaine, mises à jour tardives. */
function linesByRegionWeek(journees: readonly DemoJournee[], untilWeek: string): Map<string, JourneeLine[]> {
  const lines = new Map<string, JourneeLine[]>();
  const add = (j: DemoJournee, week: string, status: StatutJournee): void => {
    if (week > untilWeek) return;
    const key = `${j.lieu.region}|${week}`;
    const list = lines.get(key);
    if (list) list.push({ journee: j, status });
    else lines.set(key, [{ journee: j, status }]);
  };
  for (const j of journees) {
    const bookedWeek = isoWeekOf(j.booked).label;
    const ownWeek = isoWeekOf(j.date).label;
    if (bookedWeek < ownWeek) add(j, bookedWeek, 'PLANIFIEE');
    add(j, ownWeek, j.weekStatus);
    if (j.resend) add(j, j.resend.week, j.resend.status);
  }
  for (const list of lines.values()) {
    list.sort(
      (a, b) =>
        a.journee.date.localeCompare(b.journee.date) ||
        a.journee.volontaire.rpps.localeCompare(b.journee.volontaire.rpps) ||
        a.journee.lieu.siret.localeCompare(b.journee.lieu.siret) ||
        CRENEAU_ORDER[a.journee.creneau] - CRENEAU_ORDER[b.journee.creneau],
    );
  }
  return lines;
}

/** `ars/journees_<reg>_<AAAA>-S<ww>.csv` : un export par région et par semaine, depuis la semaine du lancement. */
export async function writeJourneesFiles(output: DemoOutput, journees: readonly DemoJournee[], regions: readonly string[], until: string): Promise<void> {
  const weeks = isoWeeksBetween(LAUNCH_DATE, until);
  const lines = linesByRegionWeek(journees, isoWeekOf(until).label);
  for (const week of weeks) {
    for (const region of regions) {
      const csv = await output.openCsv({ path: `ars/journees_${region}_${week.label}.csv`, source: 'ars.journees', encoding: 'utf-8', header: HEADERS.journees });
      for (const { journee: j, status } of lines.get(`${region}|${week.label}`) ?? []) {
        await csv.row([formatDate(j.date), j.volontaire.rpps, j.lieu.siret, j.creneau, status, String(j.nbProposes), String(rendezVousPris(j, status))]);
      }
      await csv.close();
    }
  }
}
