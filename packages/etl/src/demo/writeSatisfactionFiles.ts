import { formatPlainNumber, lastDayOfMonth, LAUNCH_DATE, monthOf, monthsBetween } from '@vigie/core';
import type { DemoOutput } from './demoOutput.js';
import type { DemoMissionDay } from './demoMissionDays.js';
import { HEADERS } from './demoHeaders.js';
import { createPrng } from './prng.js';

/** `ars/satisfaction_<reg>_<AAAA>-<mm>.csv` : l'enquête de chaque mois clos, pour chaque lieu qui a eu des consultations. */
export async function writeSatisfactionFiles(output: DemoOutput, missionDays: readonly DemoMissionDay[], regions: readonly string[], until: string, seed: number): Promise<void> {
  const actsByMonth = new Map<string, Map<string, { missionDay: DemoMissionDay; acts: number }>>();
  for (const j of missionDays) {
    if (j.finalStatus !== 'REALISEE' || j.date > until) continue;
    const month = monthOf(j.date);
    const places = actsByMonth.get(month) ?? new Map<string, { missionDay: DemoMissionDay; acts: number }>();
    const entry = places.get(j.place.siret) ?? { missionDay: j, acts: 0 };
    entry.acts += j.acts;
    places.set(j.place.siret, entry);
    actsByMonth.set(month, places);
  }
  // L'enquête d'un mois paraît une fois le mois fini.
  for (const month of monthsBetween(LAUNCH_DATE, until).filter((m) => lastDayOfMonth(m) <= until)) {
    const entries = [...(actsByMonth.get(month)?.values() ?? [])].sort((a, b) => a.missionDay.place.siret.localeCompare(b.missionDay.place.siret));
    for (const region of regions) {
      const csv = await output.openCsv({ path: `ars/satisfaction_${region}_${month}.csv`, encoding: 'utf-8', header: HEADERS.satisfaction });
      for (const { missionDay, acts } of entries) {
        if (missionDay.place.region !== region) continue;
        const placePrng = createPrng(seed, 'satisfaction', missionDay.place.siret);
        const baseNote = 3.7 + placePrng.next() * 1.0;
        const prng = createPrng(seed, 'satisfaction', missionDay.place.siret, month);
        const responses = Math.max(1, Math.round(acts * (0.08 + 0.12 * prng.next())));
        const note = Math.min(5, Math.max(1, baseNote + (prng.next() - 0.5) * 0.6));
        const recommends = Math.min(1, Math.max(0, 0.55 + (note - 3.5) * 0.3 + (prng.next() - 0.5) * 0.1));
        await csv.row([missionDay.place.siret, month, String(responses), formatPlainNumber(note, 1), formatPlainNumber(recommends, 2)]);
      }
      await csv.close();
    }
  }
}
