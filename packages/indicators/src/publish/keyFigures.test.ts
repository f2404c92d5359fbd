import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { indicators } from '../definitions/indicators.js';
import { NEED_PANEL_ROLES } from '../definitions/indicatorDefinition.js';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { writeCatalogueTables } from './writeCatalogueTables.js';

/**
 * The home page's key figures, the columns of the territory tables and the need panel are declared
 * once, in their definitions (`dashboard.keyFigure`, `dashboard.tableColumn`, `dashboard.ranksZones`,
 * `dashboard.needPanel`): the catalogue carries them as `ordre_cle`, `ordre_tableau`, `classe_zones`
 * and `role_besoin`, which the dashboard and its browser test read.
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

  it('the need panel: role_besoin names one indicator per role, as the definitions declare it', async () => {
    const published = await wh.all<{ id: string; role_besoin: string }>(
      `SELECT id, role_besoin FROM publish.indicateurs WHERE role_besoin IS NOT NULL ORDER BY role_besoin`,
    );
    expect(published).toEqual([
      { id: 'besoin_journees_mois', role_besoin: 'besoin' },
      { id: 'besoin_consultations_an', role_besoin: 'consultations_manquantes' },
      { id: 'taux_couverture_besoin', role_besoin: 'couverture' },
      { id: 'journees_manquantes_mois', role_besoin: 'manque' },
      { id: 'jours_realises', role_besoin: 'realise' },
      { id: 'rythme_journees_mois', role_besoin: 'rythme' },
    ]);
    expect([...NEED_PANEL_ROLES].sort()).toEqual(published.map((p) => p.role_besoin));
  });
});
