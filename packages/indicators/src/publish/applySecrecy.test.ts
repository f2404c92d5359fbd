import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { computeIndicators } from '../compute/computeIndicators.js';
import { createTestWarehouse, insertActs, insertDays, L1, L3, L5, Z1, Z2, Z4 } from '../testing/createTestWarehouse.js';
import { publishIndicators } from './publishIndicators.js';

const Z5 = '200000005';
const L6 = '10000000000006';
const RUN = 'run-secret';

/** A third zone in département 01 (with Z1 and Z2), with its lieu L6. */
async function addZoneFive(wh: Warehouse): Promise<void> {
  await wh.run(`INSERT INTO ref.epci VALUES ('${Z5}', 'CC Zone Cinq', 7000, '01', '84');
    INSERT INTO ref.communes VALUES ('01005', 'Cinq-A', '01', '84', '${Z5}', 3500), ('01006', 'Cinq-B', '01', '84', '${Z5}', 3500);
    INSERT INTO clean.zones VALUES ('${Z5}', 'CC Zone Cinq', '84', DATE '2025-06-27', 'pilote', NULL);
    INSERT INTO clean.lieux VALUES ('${L6}', 'Maison de santé Cinq', 'MSP', '6 rue E', '01005', '${Z5}', DATE '2025-08-01', NULL, '84');`);
}

interface Published {
  indicator_id: string;
  period_type: string;
  period: string;
  period_end: string;
  level: string;
  geo_code: string;
  numerator: number | null;
  denominator: number | null;
  status: string;
}

async function published(wh: Warehouse, where = 'true'): Promise<Published[]> {
  return wh.all<Published & Record<string, unknown>>(
    `SELECT indicator_id, period_type, period, period_end::VARCHAR AS period_end, level, geo_code, numerator, denominator, status
     FROM publish."values" WHERE ${where}`,
  );
}

describe('statistical secrecy: the three routes of issue #9', () => {
  let wh: Warehouse;
  let dir: string;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await addZoneFive(wh);
    dir = mkdtempSync(join(tmpdir(), 'vigie-secret-'));
  });
  afterEach(() => {
    wh.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const publish = async (asOf: string) => {
    await computeIndicators(wh, { runId: RUN, asOf });
    return publishIndicators(wh, { runId: RUN, publicationDir: join(dir, 'publication'), demo: true, today: asOf });
  };

  it('time: no masked week is the difference of two published cumuls', async () => {
    // Z4, alone in its département and its région: 20, 5, 20, 20 acts in S36…S39
    for (const [date, n] of [['2025-09-02', 20], ['2025-09-09', 5], ['2025-09-16', 20], ['2025-09-23', 20]] as const) {
      await insertActs(wh, { date, lieu: L5 }, n);
    }
    await insertDays(wh, [{ date: '2025-09-02', rpps: 1, lieu: L5 }]);
    await publish('2025-09-28');
    const rows = await published(wh, `indicator_id = 'consultations'`);
    const cumul = new Map(rows.filter((r) => r.period_type === 'cumul').map((r) => [`${r.level}:${r.geo_code}:${r.period_end}`, r]));
    const secretWeeks = rows.filter((r) => r.period_type === 'semaine' && r.status === 'secret');
    expect(secretWeeks.map((r) => `${r.level}:${r.geo_code}:${r.period}`)).toContain(`zone:${Z4}:2025-S37`);
    for (const week of secretWeeks) {
      const end = cumul.get(`${week.level}:${week.geo_code}:${week.period_end}`);
      const before = new Date(Date.parse(week.period_end) - 7 * 86_400_000).toISOString().slice(0, 10);
      const previous = before < '2025-09-01' ? { numerator: 0 } : cumul.get(`${week.level}:${week.geo_code}:${before}`);
      const both = end?.numerator !== null && end !== undefined && previous?.numerator !== null && previous !== undefined;
      expect(both, `${week.level} ${week.geo_code} ${week.period} : cumuls publiés de part et d'autre`).toBe(false);
    }
  });

  it('indicators that share a count: a masked count of acts is never published as another indicator’s numerator or denominator', async () => {
    // département 01 in S37: Z1 5 acts (1 to 10), Z2 40 acts of which 3 visits, Z5 30 acts
    await insertActs(wh, { date: '2025-09-09', lieu: L1 }, 5);
    await insertActs(wh, { date: '2025-09-09', lieu: L3 }, 37);
    await insertActs(wh, { date: '2025-09-09', lieu: L3, prestation: 'VG' }, 3);
    await insertActs(wh, { date: '2025-09-09', lieu: L6 }, 30);
    await insertDays(wh, [{ date: '2025-09-09', rpps: 1, lieu: L1 }, { date: '2025-09-09', rpps: 1, lieu: L3 }, { date: '2025-09-09', rpps: 1, lieu: L6 }]);
    await publish('2025-09-14');
    const rows = await published(wh);
    const acts = (r: Published): number | null | undefined =>
      ['consultations', 'consultations_par_jour', 'consultations_pour_1000_hab'].includes(r.indicator_id) ? r.numerator
        : ['part_visites', 'part_patients_ald', 'part_patients_sans_mt', 'taux_depassement', 'cout_par_acte'].includes(r.indicator_id) ? r.denominator
          : undefined;
    const secretActs = rows.filter((r) => r.indicator_id === 'consultations' && r.status === 'secret');
    expect(secretActs.length).toBeGreaterThan(0);
    for (const s of secretActs) {
      const others = rows.filter((r) => r.period_type === s.period_type && r.period === s.period && r.level === s.level && r.geo_code === s.geo_code);
      for (const r of others) {
        if (acts(r) === undefined) continue;
        expect(acts(r), `${r.indicator_id} ${s.level} ${s.geo_code} ${s.period}`).toBeNull();
      }
    }
  });

  it('the dépassement alert never states a number of acts that taux_depassement masks', async () => {
    // département 01 since the launch: Z1 5 acts with dépassement, Z2 12 of 20, Z5 30 without
    await insertActs(wh, { date: '2025-09-09', lieu: L1, depassement: 10 }, 5);
    await insertActs(wh, { date: '2025-09-09', lieu: L3, depassement: 10 }, 12);
    await insertActs(wh, { date: '2025-09-09', lieu: L3 }, 8);
    await insertActs(wh, { date: '2025-09-09', lieu: L6 }, 30);
    await insertDays(wh, [{ date: '2025-09-09', rpps: 1, lieu: L1 }]);
    await publish('2025-09-14');
    const alerts = await wh.all<{ code_geo: string; detail: string }>(`SELECT code_geo, detail FROM publish.alertes WHERE type = 'depassement_honoraires' ORDER BY code_geo`);
    expect(alerts.map((a) => a.code_geo)).toEqual([Z1, Z2]);
    for (const alert of alerts) {
      const [cell] = await published(wh, `indicator_id = 'taux_depassement' AND period_type = 'cumul' AND period_end = DATE '2025-09-14' AND level = 'zone' AND geo_code = '${alert.code_geo}'`);
      const stated = /^([0-9  ]+) actes/.exec(alert.detail)?.[1]?.replace(/\D/g, '');
      if (cell?.numerator === null || cell === undefined) expect(stated, alert.detail).toBeUndefined();
      else expect(Number(stated), alert.detail).toBe(cell.numerator);
    }
    expect(alerts.map((a) => a.detail).join(' ')).not.toMatch(/De 1 à 10/);
  });
});

describe('statistical secrecy: values that reveal a national count follow its decision', () => {
  it('masks the need (read with the national acts per day) for every period whose national cumul of acts is masked', async () => {
    const wh = await createTestWarehouse();
    const dir = mkdtempSync(join(tmpdir(), 'vigie-secret-'));
    try {
      // 6 acts in all, nationally, by the end of S36: the national cumul is a count from 1 to 10
      await insertActs(wh, { date: '2025-09-02', lieu: L5 }, 6);
      await insertDays(wh, [{ date: '2025-09-02', rpps: 1, lieu: L5 }]);
      await computeIndicators(wh, { runId: RUN, asOf: '2025-09-14' });
      await publishIndicators(wh, { runId: RUN, publicationDir: join(dir, 'publication'), demo: true, today: '2025-09-14' });
      const national = await published(wh, `indicator_id = 'consultations' AND level = 'national' AND period_type = 'cumul'`);
      const maskedEnds = national.filter((r) => r.status === 'secret').map((r) => r.period_end);
      expect(maskedEnds).toContain('2025-09-07');
      const readers = await published(wh, `indicator_id IN ('besoin_journees_mois', 'taux_couverture_besoin')`);
      const exposed = readers.filter((r) => maskedEnds.includes(r.period_end) && r.status !== 'secret');
      expect(readers.length).toBeGreaterThan(0);
      expect(exposed).toEqual([]);
    } finally {
      wh.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
