import { addDays, formatDate } from '@vigie/core';
import type { DemoLieu } from './demoLieux.js';
import type { DemoOutput } from './demoOutput.js';
import { HEADERS } from './demoHeaders.js';
import { compactDate } from './frenchFormat.js';
import { snapshotDates } from './snapshotDates.js';

/** `ars/lieux_<reg>_<AAAAMMJJ>.csv` : un instantané complet par région et par mois ; la fermeture paraît un mois avant. */
export async function writeLieuxFiles(output: DemoOutput, lieux: readonly DemoLieu[], regions: readonly string[], until: string): Promise<void> {
  const dates = snapshotDates('2025-08', until);
  for (const date of dates) {
    const final = date === until;
    for (const region of regions) {
      const csv = await output.openCsv({ path: `ars/lieux_${region}_${compactDate(date)}.csv`, source: 'ars.lieux', encoding: 'utf-8', header: HEADERS.lieux });
      for (const l of lieux) {
        if (l.region !== region || l.declared > date) continue;
        const fermeture = l.fermeture !== null && addDays(l.fermeture, -30) <= date ? formatDate(l.fermeture) : '';
        await csv.row([l.siret, l.nom, l.type, l.adresse, l.commune.code, l.epci.code, formatDate(l.ouverture), fermeture], !final);
      }
      await csv.close();
    }
  }
}
