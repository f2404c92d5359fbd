import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { indicators } from '../definitions/indicators.js';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { writeCatalogueTables } from './writeCatalogueTables.js';

/**
 * The home page's key figures are declared once, in their definitions (`dashboard.keyFigure`):
 * the catalogue carries their rank as `ordre_cle`, which the dashboard and its browser test read.
 */
describe('chiffres clés déclarés dans les définitions', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await createTestWarehouse();
    await writeCatalogueTables(wh, indicators);
  });
  afterEach(() => wh.close());

  it('the catalogue carries ordre_cle for exactly the definitions that declare it, with their rank', async () => {
    const declared = indicators.filter((d) => d.dashboard).map((d) => ({ id: d.id, ordre_cle: d.dashboard!.keyFigure }));
    const published = await wh.all<{ id: string; ordre_cle: number }>(`SELECT id, ordre_cle FROM publish.indicateurs WHERE ordre_cle IS NOT NULL ORDER BY ordre_cle`);
    expect(published).toEqual(declared.sort((a, b) => a.ordre_cle - b.ordre_cle));
    expect(published.map((p) => p.id)).toEqual([
      'vol_actifs', 'jours_realises', 'zones_couvertes', 'taux_population_couverte', 'consultations', 'part_patients_sans_mt', 'indemnites_eur',
    ]);
  });

  it('ranks the key figures 1, 2, 3… without a gap or a repeat', () => {
    const ranks = indicators.flatMap((d) => (d.dashboard ? [d.dashboard.keyFigure] : [])).sort((a, b) => a - b);
    expect(ranks).toEqual(ranks.map((_, i) => i + 1));
  });
});
