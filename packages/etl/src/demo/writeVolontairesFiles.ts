import { formatDate, monthOf, toDayNumber } from '@vigie/core';
import type { DemoOutput } from './demoOutput.js';
import { HEADERS } from './demoHeaders.js';
import { dossierStateAt, PROCEDURE_OPENING, type DemoVolunteer } from './demoVolunteers.js';
import { compactDate } from './compactDate.js';
import { snapshotDates } from './snapshotDates.js';

/** Une heure de bureau stable pour un événement du dossier (pas de tirage : l'instantané suivant la redit). */
function officeMinute(v: DemoVolunteer, date: string): number {
  return 8 * 60 + 30 + ((v.id * 37 + toDayNumber(date) * 11) % 600);
}

/** `2025-10-06T14:32` from a day and a minute of that day (written `06/10/2025 14:32` by formatDate). */
function atMinute(iso: string, minuteOfDay: number): string {
  return `${iso}T${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

function volunteerRow(v: DemoVolunteer, date: string): string[] | null {
  const state = dossierStateAt(v, date);
  if (!state) return null;
  return [
    String(v.id),
    v.email,
    v.title,
    v.lastName,
    v.firstName,
    state.status,
    v.updatedWithTime ? formatDate(atMinute(state.lastUpdate, officeMinute(v, state.lastUpdate))) : formatDate(state.lastUpdate),
    formatDate(atMinute(v.submitted, v.submittedMinute)),
    state.instruction ? formatDate(state.instruction) : '',
    state.decided ? formatDate(state.decided) : '',
    v.rpps,
    v.commune.code,
    v.commune.departement,
    v.places.map((l) => l.siret).join(', '),
    String(v.daysPerMonth),
    formatDate(v.availableFrom),
  ];
}

/** `ars/volontaires_<reg>_<AAAAMMJJ>.csv` : l'export complet de la démarche, par région, chaque fin de mois. */
export async function writeVolontairesFiles(output: DemoOutput, volunteers: readonly DemoVolunteer[], regions: readonly string[], until: string): Promise<void> {
  for (const date of snapshotDates(monthOf(PROCEDURE_OPENING), until)) {
    for (const region of regions) {
      const csv = await output.openCsv({ path: `ars/volontaires_${region}_${compactDate(date)}.csv`, encoding: 'utf-8', header: HEADERS.volontaires });
      for (const v of volunteers) {
        if (v.region !== region) continue;
        const row = volunteerRow(v, date);
        if (row) await csv.row(row, date !== until);
      }
      await csv.close();
    }
  }
}
