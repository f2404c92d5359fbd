import { monthOf } from '@vigie/core';
import type { DemoOutput } from './demoOutput.js';
import { DJ_FIRST_SEMESTER_START, juniorDoctorRows, type DemoJuniorDoctor } from './demoJuniorDoctors.js';
import { HEADERS } from './demoHeaders.js';
import { compactDate } from './compactDate.js';
import { snapshotDates } from './snapshotDates.js';

/** Premier mois des instantanés : octobre 2026, quand les affectations du premier semestre sont connues. */
const FIRST_SNAPSHOT_MONTH = '2026-10';

/**
 * `ars/docteurs_juniors_<reg>_<AAAAMMJJ>.csv` : l'instantané des affectations de chaque région, chaque
 * fin de mois à partir d'octobre 2026 et à `until`. Avant, chaque région envoie à `until` une liste
 * vide (en-tête seul). Une région (`lateRegion`, la deuxième qui a des docteurs juniors) envoie ses
 * premiers fichiers en retard : rien avant son instantané de décembre 2026.
 */
export async function writeDocteursJuniorsFiles(
  output: DemoOutput,
  juniors: readonly DemoJuniorDoctor[],
  regions: readonly string[],
  until: string,
): Promise<{ lateRegion: string | null }> {
  const withJuniors = [...new Set(juniors.map((j) => j.region))].sort();
  const lateRegion = withJuniors[1] ?? null;
  const dates = until < `${FIRST_SNAPSHOT_MONTH}-01` ? [until] : snapshotDates(FIRST_SNAPSHOT_MONTH, until);
  for (const date of dates) {
    for (const region of regions) {
      if (region === lateRegion && date >= `${FIRST_SNAPSHOT_MONTH}-01` && monthOf(date) < '2026-12') continue;
      const csv = await output.openCsv({
        path: `ars/docteurs_juniors_${region}_${compactDate(date)}.csv`,
       
        encoding: 'utf-8',
        header: HEADERS.docteursJuniors,
      });
      if (date >= `${FIRST_SNAPSHOT_MONTH}-01`) {
        for (const dj of juniors) {
          if (dj.region !== region) continue;
          for (const row of juniorDoctorRows(dj, date)) await csv.row(row, date !== until);
        }
      }
      await csv.close();
    }
  }
  return { lateRegion: dates.some((d) => d >= DJ_FIRST_SEMESTER_START) ? lateRegion : null };
}
