import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestInbox } from '../../ingest/index.js';
import { memoryWarehouse } from '../../testing/memoryWarehouse.js';
import { writeInbox } from '../../testing/writeInbox.js';
import type { Warehouse } from '../../warehouse/index.js';
import { buildCleanTables, buildModel } from '../buildModel.js';
import { cleanActes } from './actes.js';

const refreshCleanActes = (wh: Warehouse, asOf: string | undefined) => cleanActes.refresh!(wh, asOf);

const HEADER =
  'id_acte;date_soins;num_rpps_executant;siret_lieu_execution;code_prestation;id_patient;tranche_age_patient;sexe_patient;patient_ald;patient_avec_mt;code_commune_residence;montant_base;montant_depassement';
const PATIENT = 'd8e9a055a640ecf08a094af8625a342cc53b1614076f6f5beb276219f1df641f';

/** One act in the contract's layout (a demo row: valid RPPS and SIRET). */
function act(id: string, day: string, base: string): string {
  return `${id};${day};10438333832;63269378403690;GS;${PATIENT};40-59;1;0;1;55586;${base};0,00`;
}

describe('refreshCleanActes', { timeout: 60_000 }, () => {
  let wh: Warehouse;
  let inbox: string;
  const acts = () => wh.all(`SELECT * FROM clean.actes ORDER BY ALL`);

  beforeEach(async () => {
    wh = await memoryWarehouse();
    inbox = writeInbox([{ path: 'cnam/actes_mission_2025-S37.csv', lines: [HEADER, act('A1', '09/09/2025', '30,00'), act('A2', '10/09/2025', '30,00'), act('A3', '11/09/2025', '30,00')] }]);
    await ingestInbox(wh, { inbox, runId: 'r1' });
    await buildModel(wh);
  });
  afterEach(() => wh.close());

  it('replaces only the acts of the new files, each by its newest version, as a whole rebuild would', async () => {
    writeInbox(
      [
        // A2 corrected the next week (another day, another amount), A4 new.
        { path: 'cnam/actes_mission_2025-S38.csv', lines: [HEADER, act('A2', '16/09/2025', '60,00'), act('A4', '17/09/2025', '26,50')] },
        // An older week arriving late: its A1 must not replace the newer one, its A5 is new.
        { path: 'cnam/actes_mission_2025-S36.csv', lines: [HEADER, act('A1', '02/09/2025', '99,00'), act('A5', '03/09/2025', '30,00')] },
      ],
      inbox,
    );
    await ingestInbox(wh, { inbox, runId: 'r2' });
    await wh.run('BEGIN TRANSACTION');
    expect(await refreshCleanActes(wh, undefined)).toBe('increment');
    await wh.run('COMMIT');
    const incremental = await acts();
    expect(incremental.map((r) => `${r['id_acte']} ${r['date_soins']} ${r['montant_base']}`)).toEqual([
      'A1 2025-09-09 30', 'A2 2025-09-16 60', 'A3 2025-09-11 30', 'A4 2025-09-17 26.5', 'A5 2025-09-03 30',
    ]);
    await buildCleanTables(wh);
    expect(await acts()).toEqual(incremental);
  });

  it('does nothing when no version is new, and rebuilds whole when a version is gone (an earlier date)', async () => {
    expect(await refreshCleanActes(wh, undefined)).toBe('inchange');
    writeInbox([{ path: 'cnam/actes_mission_2025-S38.csv', lines: [HEADER, act('A2', '16/09/2025', '60,00')] }], inbox);
    await ingestInbox(wh, { inbox, runId: 'r2' });
    expect(await refreshCleanActes(wh, undefined)).toBe('increment');
    expect(await refreshCleanActes(wh, '2025-09-14')).toBe('complet');
    expect((await acts()).map((r) => `${r['id_acte']} ${r['date_soins']}`)).toEqual(['A1 2025-09-09', 'A2 2025-09-10', 'A3 2025-09-11']);
    expect(await refreshCleanActes(wh, undefined)).toBe('increment');
    expect((await acts()).map((r) => `${r['id_acte']} ${r['date_soins']}`)).toEqual(['A1 2025-09-09', 'A2 2025-09-16', 'A3 2025-09-11']);
  });

  it('rebuilds whole after a whole rebuild by buildCleanTables (its recorded versions are forgotten)', async () => {
    await buildCleanTables(wh);
    expect(await refreshCleanActes(wh, undefined)).toBe('complet');
    await buildCleanTables(wh);
    const refreshOfActes = async () => (await buildModel(wh)).tables.find((t) => t.table === 'clean.actes');
    expect(await refreshOfActes()).toEqual({ table: 'clean.actes', refresh: 'complet', incremental: true });
    expect(await refreshOfActes()).toEqual({ table: 'clean.actes', refresh: 'inchange', incremental: true });
  });
});
