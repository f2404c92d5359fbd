import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { indicators } from '../definitions/indicators.js';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { writeCatalogueTables } from './writeCatalogueTables.js';

/**
 * The home page's key figures and the columns of the territory tables are declared once, in their
 * definitions (`dashboard.keyFigure`, `dashboard.tableColumn`, `dashboard.ranksZones`):
 * the catalogue carries them as `ordre_cle`, `ordre_tableau` and `classe_zones`, which the dashboard
 * and its browser test read.
 */
describe('chiffres clés déclarés dans les définitions', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await writeCatalogueTables(wh, indicators);
  });
  afterEach(() => wh.close());

  it('the catalogue carries ordre_cle for exactly the definitions that declare it, with their rank', async () => {
    const declared = indicators.flatMap((d) => (d.dashboard?.keyFigure ? [{ id: d.id, ordre_cle: d.dashboard.keyFigure }] : []));
    const published = await wh.all<{ id: string; ordre_cle: number }>(`SELECT id, ordre_cle FROM publish.indicateurs WHERE ordre_cle IS NOT NULL ORDER BY ordre_cle`);
    expect(published).toEqual(declared.sort((a, b) => a.ordre_cle - b.ordre_cle));
    expect(published.map((p) => p.id)).toEqual([
      'vol_actifs', 'jours_realises', 'zones_couvertes', 'taux_population_couverte', 'consultations', 'part_patients_sans_mt', 'indemnites_eur',
    ]);
  });

  it('ranks the key figures 1, 2, 3… without a gap or a repeat', () => {
    const ranks = indicators.flatMap((d) => (d.dashboard?.keyFigure ? [d.dashboard.keyFigure] : [])).sort((a, b) => a - b);
    expect(ranks).toEqual(ranks.map((_, i) => i + 1));
  });

  it('the territory tables: ordre_tableau ranks the declared columns 1, 2, 3…, and one indicator ranks the zones', async () => {
    const published = await wh.all<{ id: string; ordre_tableau: number }>(
      `SELECT id, ordre_tableau FROM publish.indicateurs WHERE ordre_tableau IS NOT NULL ORDER BY ordre_tableau`,
    );
    expect(published.map((p) => p.ordre_tableau)).toEqual(published.map((_, i) => i + 1));
    expect(published.map((p) => p.id)).toEqual([
      'vol_actifs', 'jours_realises', 'zones_couvertes', 'taux_zones_couvertes', 'taux_population_couverte', 'consultations',
      'part_patients_sans_mt', 'indemnites_eur', 'jours_pour_10000_hab',
    ]);
    expect(await wh.all(`SELECT id FROM publish.indicateurs WHERE classe_zones`)).toEqual([{ id: 'jours_pour_10000_hab' }]);
  });
});
