import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createPreparedTables } from '../compute/createPreparedTables.js';
import { createTestWarehouse, Z1, Z2, Z3, Z4 } from '../testing/createTestWarehouse.js';
import { besoinAlertRule } from './besoinAlertRule.js';

const WEEK_ENDS = ['2025-09-28', '2025-10-05', '2025-10-12', '2025-10-19', '2025-10-26'];

describe('alert besoin_peu_couvert', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await createPreparedTables(wh, '2025-10-26');
    await wh.run(`CREATE SCHEMA IF NOT EXISTS publish;
      CREATE TABLE publish."values" (indicator_id VARCHAR, period_type VARCHAR, period_end DATE, level VARCHAR, geo_code VARCHAR, value DOUBLE)`);
  });
  afterEach(() => wh.close());

  async function weeks(zone: string, values: ReadonlyArray<number | null>, id = 'taux_couverture_besoin'): Promise<void> {
    for (const [i, value] of values.entries()) {
      const end = WEEK_ENDS[WEEK_ENDS.length - values.length + i]!;
      await wh.run(`INSERT INTO publish."values" VALUES ($id, 'semaine', $end::DATE, 'zone', $zone, $value::DOUBLE)`, { id, end, zone, value });
    }
  }

  it('names a zone under 25 % of its need for the last 4 weeks in a row, and no other', async () => {
    await weeks(Z1, [0.5, 0.1, 0.2, 0, 0.24]);
    await weeks(Z2, [0.1, 0.1, 0.1, 0.1, 0.3]); // the last week is above
    await weeks(Z4, [0.1, 0.1, null, 0.1, 0.1]); // a week without data breaks the run
    await weeks(Z3, [0.1, 0.1]); // designated on 15/10/2025: two weeks only
    await weeks(Z2, [0, 0, 0, 0, 0], 'jours_realises');
    const alerts = await wh.all(`SELECT * FROM (${besoinAlertRule.sql}) ORDER BY code_geo`);
    expect(alerts).toEqual([{
      niveau: 'zone', code_geo: Z1, libelle: 'CC Zone Un', date: '2025-10-26',
      detail: 'Part du besoin couverte sous 25 % depuis 4 semaines consécutives (depuis le 29/09/2025) ; la dernière semaine : 24,0 %.',
    }]);
  });

  it('counts the whole run when it is longer', async () => {
    await weeks(Z4, [0.1, 0.1, 0.1, 0.1, 0.1]);
    const [alert] = await wh.all<{ detail: string }>(besoinAlertRule.sql);
    expect(alert?.detail).toMatch(/depuis 5 semaines consécutives \(depuis le 22\/09\/2025\) ; la dernière semaine : 10,0 %/);
  });
});
