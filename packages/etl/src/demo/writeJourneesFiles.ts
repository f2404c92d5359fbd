import { formatDate, isoWeekOf, isoWeeksBetween, LAUNCH_DATE } from '@vigie/core';
import type { DemoOutput } from './demoOutput.js';
import { appointmentsShown, type DemoMissionDay, type MissionDayStatus } from './demoMissionDays.js';
import { HEADERS } from './demoHeaders.js';

interface MissionDayLine {
  missionDay: DemoMissionDay;
  status: MissionDayStatus;
}

const SLOT_ORDER = { JOURNEE: 0, MATIN: 1, APRES_MIDI: 2 } as const;

/** Ce que montre chaque export hebdomadaire : réservations de la semaine, journées de la semaine, mises à jour tardives. */
function linesByRegionWeek(missionDays: readonly DemoMissionDay[], untilWeek: string): Map<string, MissionDayLine[]> {
  const lines = new Map<string, MissionDayLine[]>();
  const add = (j: DemoMissionDay, week: string, status: MissionDayStatus): void => {
    if (week > untilWeek) return;
    const key = `${j.place.region}|${week}`;
    const list = lines.get(key);
    if (list) list.push({ missionDay: j, status });
    else lines.set(key, [{ missionDay: j, status }]);
  };
  for (const j of missionDays) {
    const bookedWeek = isoWeekOf(j.booked).label;
    const ownWeek = isoWeekOf(j.date).label;
    if (bookedWeek < ownWeek) add(j, bookedWeek, 'PLANIFIEE');
    add(j, ownWeek, j.weekStatus);
    if (j.resend) add(j, j.resend.week, j.resend.status);
  }
  for (const list of lines.values()) {
    list.sort(
      (a, b) =>
        a.missionDay.date.localeCompare(b.missionDay.date) ||
        a.missionDay.volunteer.rpps.localeCompare(b.missionDay.volunteer.rpps) ||
        a.missionDay.place.siret.localeCompare(b.missionDay.place.siret) ||
        SLOT_ORDER[a.missionDay.slot] - SLOT_ORDER[b.missionDay.slot],
    );
  }
  return lines;
}

/** `ars/journees_<reg>_<AAAA>-S<ww>.csv` : un export par région et par semaine, depuis la semaine du lancement. */
export async function writeJourneesFiles(output: DemoOutput, missionDays: readonly DemoMissionDay[], regions: readonly string[], until: string): Promise<void> {
  const weeks = isoWeeksBetween(LAUNCH_DATE, until);
  const lines = linesByRegionWeek(missionDays, isoWeekOf(until).label);
  for (const week of weeks) {
    for (const region of regions) {
      const csv = await output.openCsv({ path: `ars/journees_${region}_${week.label}.csv`, encoding: 'utf-8', header: HEADERS.journees });
      for (const { missionDay: j, status } of lines.get(`${region}|${week.label}`) ?? []) {
        await csv.row([formatDate(j.date), j.volunteer.rpps, j.place.siret, j.slot, status, String(j.offeredAppointments), String(appointmentsShown(j, status))]);
      }
      await csv.close();
    }
  }
}
