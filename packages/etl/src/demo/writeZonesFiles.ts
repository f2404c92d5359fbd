import { formatDate } from '@vigie/core';
import type { DemoZoneList } from './chooseZones.js';
import type { DemoOutput } from './demoOutput.js';
import { HEADERS } from './demoHeaders.js';
import { compactDate } from './compactDate.js';

/** `drees/zones_prioritaires_<AAAAMMJJ>.csv` (UTF-8 avec BOM) : chaque liste publiée au plus tard à `until`. */
export async function writeZonesFiles(output: DemoOutput, lists: readonly DemoZoneList[], until: string): Promise<void> {
  for (const list of lists) {
    if (list.date > until) continue;
    const rows = list.zones.map((z) => [z.epci.code, z.epci.name, z.epci.region, formatDate(z.designatedOn), z.phase]);
    await output.writeCsv({ path: `drees/zones_prioritaires_${compactDate(list.date)}.csv`, encoding: 'utf-8-bom', header: HEADERS.zones }, rows);
  }
}
