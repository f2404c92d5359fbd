import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestInbox } from '../../ingest/index.js';
import { memoryWarehouse } from '../../testing/memoryWarehouse.js';
import { writeInbox } from '../../testing/writeInbox.js';
import type { Warehouse } from '../../warehouse/index.js';
import { buildCleanTables, buildModel } from '../buildModel.js';

const HEADER = 'date;num_rpps;siret_lieu;creneau;statut;nb_rdv_proposes;nb_rdv_pris';

/** One day in the contract's layout (a valid RPPS and SIRET). */
function day(date: string, creneau: string, statut: string, rdv: number): string {
  return `${date};10438333832;63269378403690;${creneau};${statut};${rdv};${rdv}`;
}

describe('clean.journees by increment', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  let inbox: string;
  const rows = () => wh.all(`SELECT * FROM clean.journees ORDER BY ALL`);
  const refresh = async () => (await buildModel(wh)).tables.find((t) => t.table === 'clean.journees')?.refresh;

  beforeEach(async () => {
    wh = await memoryWarehouse();
    inbox = writeInbox([{ path: 'ars/journees_76_2025-S37.csv', lines: [HEADER, day('08/09/2025', 'JOURNEE', 'PLANIFIEE', 8), day('09/09/2025', 'MATIN', 'REALISEE', 4)] }]);
    await ingestInbox(wh, { inbox, runId: 'r1' });
  });
  afterEach(() => wh.close());

  it('replaces only the keys of the new files, each by its newest version, as a whole rebuild would', async () => {
    expect(await refresh()).toBe('complet');
    expect(await refresh()).toBe('inchange');
    writeInbox(
      [
        // The planned day of 08/09 realised (the next week's file), a new afternoon.
        { path: 'ars/journees_76_2025-S38.csv', lines: [HEADER, day('08/09/2025', 'JOURNEE', 'REALISEE', 9), day('16/09/2025', 'APRES_MIDI', 'REALISEE', 3)] },
        // An older week arriving late, from another region: its 08/09 must not replace the newer one, its 01/09 is new.
        { path: 'ars/journees_11_2025-S36.csv', lines: [HEADER, day('08/09/2025', 'JOURNEE', 'ANNULEE', 0), day('01/09/2025', 'JOURNEE', 'REALISEE', 7)] },
      ],
      inbox,
    );
    await ingestInbox(wh, { inbox, runId: 'r2' });
    expect(await refresh()).toBe('increment');
    const incremental = await rows();
    expect(incremental.map((r) => `${String(r['date'])} ${String(r['creneau'])} ${String(r['statut'])} ${String(r['unites'])} ${String(r['code_region_ars'])}`)).toEqual([
      '2025-09-01 JOURNEE REALISEE 1 11', '2025-09-08 JOURNEE REALISEE 1 76', '2025-09-09 MATIN REALISEE 0.5 76', '2025-09-16 APRES_MIDI REALISEE 0.5 76',
    ]);
    await buildCleanTables(wh);
    expect(await rows()).toEqual(incremental);
  });
});
