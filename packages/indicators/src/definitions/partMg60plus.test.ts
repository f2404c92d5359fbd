import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { computeForTest, valueOf } from '../testing/computeForTest.js';

const GUADELOUPE_ZONE = '249710000';

describe('part_mg_60plus', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    // Guadeloupe: département 971 of région 01, with a zone in scope
    await wh.run(`INSERT INTO ref.regions VALUES ('01', 'Guadeloupe');
      INSERT INTO ref.departements VALUES ('971', 'Guadeloupe', '01');
      INSERT INTO ref.epci VALUES ('${GUADELOUPE_ZONE}', 'CA Zone Guadeloupe', 40000, '971', '01');
      INSERT INTO clean.zones VALUES ('${GUADELOUPE_ZONE}', 'CA Zone Guadeloupe', '01', DATE '2025-06-27', 'pilote', NULL);`);
    const row = (year: number, dep: string, age: string, sexe: string, n: number) => `(${year}, '84', '${dep}', '${age}', '${sexe}', ${n}, 1.0)`;
    await wh.run(`INSERT INTO clean.effectifs (annee, region, departement, classe_age, sexe, effectif, densite) VALUES
      ${row(2024, '01', '60 à 69 ans', 'tout sexe', 20)}, ${row(2024, '01', '70 ans et plus', 'tout sexe', 10)},
      ${row(2024, '01', 'Tout âge', 'tout sexe', 100)}, ${row(2024, '01', '40 à 49 ans', 'tout sexe', 30)},
      ${row(2024, '01', '60 à 69 ans', 'hommes', 15)},
      ${row(2024, '3', '60 à 69 ans', 'tout sexe', 5)}, ${row(2024, '3', '70 ans et plus', 'tout sexe', 5)}, ${row(2024, '3', 'Tout âge', 'tout sexe', 50)},
      ${row(2024, '12', '60 à 69 ans', 'tout sexe', 4)}, ${row(2024, '12', 'Tout âge', 'tout sexe', 40)},
      ${row(2024, '999', 'Tout âge', 'tout sexe', 5000)},
      ${row(2024, '971', '60 à 69 ans', 'tout sexe', 12)}, ${row(2024, '971', '70 ans et plus', 'tout sexe', 8)}, ${row(2024, '971', 'Tout âge', 'tout sexe', 50)},
      ${row(2024, '971', 'Tout âge', 'hommes', 30)},
      ${row(2023, '01', '60 à 69 ans', 'tout sexe', 1000)}, ${row(2023, '01', 'Tout âge', 'tout sexe', 1000)}`);
    await computeForTest(wh, ['part_mg_60plus'], '2025-11-02');
  });
  afterAll(() => wh.close());

  it('divides GPs of 60 and more by all GPs of the département, latest year', async () => {
    expect(await valueOf(wh, 'part_mg_60plus', '2025-S37', 'departement', '01')).toEqual({ value: 0.3, numerator: 30, denominator: 100, status: 'ok' });
    expect((await valueOf(wh, 'part_mg_60plus', '2025-10', 'departement', '03'))?.value).toBe(0.2);
  });

  it('sums whole départements for régions and France, ignoring total rows', async () => {
    expect(await valueOf(wh, 'part_mg_60plus', '2025-S37', 'region', '84')).toMatchObject({ numerator: 40, denominator: 150 });
    expect(await valueOf(wh, 'part_mg_60plus', '2025-10', 'national', 'FR')).toMatchObject({ numerator: 64, denominator: 240 });
    expect(await valueOf(wh, 'part_mg_60plus', '2025-S37', 'departement', '03')).toBeUndefined();
  });

  it('keeps overseas départements, written with 3 digits, in their own région and in France', async () => {
    expect(await valueOf(wh, 'part_mg_60plus', '2025-S37', 'departement', '971')).toEqual({ value: 0.4, numerator: 20, denominator: 50, status: 'ok' });
    expect(await valueOf(wh, 'part_mg_60plus', '2025-10', 'region', '01')).toEqual({ value: 0.4, numerator: 20, denominator: 50, status: 'ok' });
  });
});
