import { formatDate, monthOf, toDayNumber } from '@vigie/core';
import type { DemoOutput } from './demoOutput.js';
import { HEADERS } from './demoHeaders.js';
import { dossierStateAt, PROCEDURE_OPENING, type DemoVolontaire } from './demoVolontaires.js';
import { compactDate, formatDateTimeFr } from './frenchFormat.js';
import { snapshotDates } from './snapshotDates.js';

/** Une heure de bureau stable pour un événement du dossier (pas de tirage : l'instantané suivant la redit). */
function officeMinute(v: DemoVolontaire, date: string): number {
  return 8 * 60 + 30 + ((v.id * 37 + toDayNumber(date) * 11) % 600);
}

function volontaireRow(v: DemoVolontaire, date: string): string[] | null {
  const state = dossierStateAt(v, date);
  if (!state) return null;
  return [
    String(v.id),
    v.email,
    v.civilite,
    v.nom,
    v.prenom,
    state.etat,
    v.majAvecHeure ? formatDateTimeFr(state.derniereMiseAJour, officeMinute(v, state.derniereMiseAJour)) : formatDate(state.derniereMiseAJour),
    formatDateTimeFr(v.depose, v.deposeMinute),
    state.instruction ? formatDate(state.instruction) : '',
    state.traite ? formatDate(state.traite) : '',
    v.rpps,
    v.commune.code,
    v.commune.departement,
    v.lieux.map((l) => l.siret).join(', '),
    String(v.joursParMois),
    formatDate(v.disponible),
  ];
}

/** `ars/volontaires_<reg>_<AAAAMMJJ>.csv` : l'export complet de la démarche, par région, chaque fin de mois. */
export async function writeVolontairesFiles(output: DemoOutput, volontaires: readonly DemoVolontaire[], regions: readonly string[], until: string): Promise<void> {
  for (const date of snapshotDates(monthOf(PROCEDURE_OPENING), until)) {
    for (const region of regions) {
      const csv = await output.openCsv({ path: `ars/volontaires_${region}_${compactDate(date)}.csv`, source: 'ars.volontaires', encoding: 'utf-8', header: HEADERS.volontaires });
      for (const v of volontaires) {
        if (v.region !== region) continue;
        const row = volontaireRow(v, date);
        if (row) await csv.row(row, date !== until);
      }
      await csv.close();
    }
  }
}
