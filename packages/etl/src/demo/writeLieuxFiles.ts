import { addDays, formatDate } from '@vigie/core';
import type { DemoPlace } from './demoPlaces.js';
import type { DemoOutput } from './demoOutput.js';
import { HEADERS } from './demoHeaders.js';
import { compactDate } from './compactDate.js';
import { snapshotDates } from './snapshotDates.js';

/** `ars/lieux_<reg>_<AAAAMMJJ>.csv` : un instantané complet par région et par mois ; la fermeture paraît un mois avant. */
export async function writeLieuxFiles(output: DemoOutput, places: readonly DemoPlace[], regions: readonly string[], until: string): Promise<void> {
  const dates = snapshotDates('2025-08', until);
  for (const date of dates) {
    const final = date === until;
    for (const region of regions) {
      const csv = await output.openCsv({ path: `ars/lieux_${region}_${compactDate(date)}.csv`, encoding: 'utf-8', header: HEADERS.lieux });
      for (const l of places) {
        if (l.region !== region || l.declared > date) continue;
        const closing = l.closing !== null && addDays(l.closing, -30) <= date ? formatDate(l.closing) : '';
        await csv.row([l.siret, l.name, l.type, l.address, l.commune.code, l.epci.code, formatDate(l.opening), closing], !final);
      }
      await csv.close();
    }
  }
}
