import { formatPlainNumber, lastDayOfMonth, LAUNCH_DATE, monthOf, monthsBetween } from '@vigie/core';
import type { DemoOutput } from './demoOutput.js';
import type { DemoJournee } from './demoJournees.js';
import { HEADERS } from './demoHeaders.js';
import { createPrng } from './prng.js';

/** `ars/satisfaction_<reg>_<AAAA>-<mm>.csv` : l'enquête de chaque mois clos, pour chaque lieu qui a eu des consultations. */
export async function writeSatisfactionFiles(output: DemoOutput, journees: readonly DemoJournee[], regions: readonly string[], until: string, seed: number): Promise<void> {
  const actsByMonth = new Map<string, Map<string, { journee: DemoJournee; actes: number }>>();
  for (const j of journees) {
    if (j.finalStatus !== 'REALISEE' || j.date > until) continue;
    const month = monthOf(j.date);
    const lieux = actsByMonth.get(month) ?? new Map<string, { journee: DemoJournee; actes: number }>();
    const entry = lieux.get(j.lieu.siret) ?? { journee: j, actes: 0 };
    entry.actes += j.actes;
    lieux.set(j.lieu.siret, entry);
    actsByMonth.set(month, lieux);
  }
  // L'enquête d'un mois paraît une fois le mois fini.
  for (const month of monthsBetween(LAUNCH_DATE, until).filter((m) => lastDayOfMonth(m) <= until)) {
    const entries = [...(actsByMonth.get(month)?.values() ?? [])].sort((a, b) => a.journee.lieu.siret.localeCompare(b.journee.lieu.siret));
    for (const region of regions) {
      const csv = await output.openCsv({ path: `ars/satisfaction_${region}_${month}.csv`, source: 'ars.satisfaction', encoding: 'utf-8', header: HEADERS.satisfaction });
      for (const { journee, actes } of entries) {
        if (journee.lieu.region !== region) continue;
        const lieuPrng = createPrng(seed, 'satisfaction', journee.lieu.siret);
        const baseNote = 3.7 + lieuPrng.next() * 1.0;
        const prng = createPrng(seed, 'satisfaction', journee.lieu.siret, month);
        const reponses = Math.max(1, Math.round(actes * (0.08 + 0.12 * prng.next())));
        const note = Math.min(5, Math.max(1, baseNote + (prng.next() - 0.5) * 0.6));
        const recommande = Math.min(1, Math.max(0, 0.55 + (note - 3.5) * 0.3 + (prng.next() - 0.5) * 0.1));
        await csv.row([journee.lieu.siret, month, String(reponses), formatPlainNumber(note, 1), formatPlainNumber(recommande, 2)]);
      }
      await csv.close();
    }
  }
}
