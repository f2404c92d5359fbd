import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@vigie/etl';
import { computeIndicators } from '../compute/computeIndicators.js';
import { indicators } from '../definitions/indicators.js';
import { publishIndicators } from '../publish/publishIndicators.js';
import { createTestWarehouse } from '../testing/createTestWarehouse.js';
import { FILE_JOURNEES, seedScenario } from '../testing/seedScenario.js';
import { explainIndicator } from './explainIndicator.js';
import { writeCatalogue } from './writeCatalogue.js';

describe('explainIndicator and writeCatalogue', () => {
  let wh: Warehouse;
  let dir: string;
  beforeAll(async () => {
    wh = await createTestWarehouse();
    await seedScenario(wh);
    await wh.run(`INSERT INTO ledger.runs VALUES ('run-1', 'hebdomadaire', 'commande', TIMESTAMP '2025-10-06 07:00:00', NULL, 'en_cours', DATE '2025-10-05', NULL)`);
    dir = mkdtempSync(join(tmpdir(), 'vigie-explain-'));
    await computeIndicators(wh, { runId: 'run-1', asOf: '2025-10-05' });
    await publishIndicators(wh, { runId: 'run-1', publicationDir: join(dir, 'publication'), demo: true });
  });
  afterAll(() => {
    wh.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the fiche in French without a warehouse', async () => {
    const text = await explainIndicator(null, { id: 'jours_realises' });
    expect(text).toContain('# Journées réalisées (`jours_realises`, version 1)');
    expect(text).toContain('JOURNEE = 1, MATIN = ½');
    expect(text).toContain('WITH realised_days AS');
    expect(text).toContain('`days_in_scope`');
  });

  it('follows one value to its version, run and input files with SHA-256 and rows', async () => {
    const text = await explainIndicator(wh, { id: 'jours_realises', periode: '2025-S37', niveau: 'département', code: '01' });
    expect(text).toContain('## Valeur publiée : 2025-S37, département 01');
    expect(text).toContain('- Valeur : 1,5 journées');
    expect(text).toContain('pipeline hebdomadaire, commande, démarrée le 06/10/2025 07:00');
    expect(text).toContain(`| ars/journees_84_2025-S38.csv | ars.journees | ${FILE_JOURNEES} | 21/09/2025 | 6 | 6 | 0 |`);
    expect(text).not.toContain('cnam/actes_mission');
  });

  it('lists for a territory only the ARS files of its own région', async () => {
    const text = await explainIndicator(wh, { id: 'jours_realises', periode: '2025-S37', niveau: 'département', code: '12' });
    expect(text).toContain('## Valeur publiée : 2025-S37, département 12');
    expect(text).not.toContain('ars/journees_84_');
    expect(text).toContain('vigie verifier jours_realises --periode 2025-S37 --niveau departement --code 12');
  });

  it('shows a masked value as secret', async () => {
    const text = await explainIndicator(wh, { id: 'consultations', periode: '2025-S38', niveau: 'zone', code: '200000002' });
    expect(text).toContain('masquée (secret statistique)');
  });

  it('names the known indicators when asked for an unknown one', async () => {
    await expect(explainIndicator(null, { id: 'inconnu' })).rejects.toThrow(/jours_realises/);
  });

  it('writes one Markdown and one JSON fiche per indicator, and an index', async () => {
    const out = join(dir, 'catalogue');
    const files = await writeCatalogue(out);
    expect(files.length).toBe(indicators.length * 2 + 3);
    expect(readdirSync(out)).toContain('index.md');
    const fiche = JSON.parse(readFileSync(join(out, 'consultations.json'), 'utf8')) as { id: string; secret: { numerateur: string } };
    expect(fiche).toMatchObject({ id: 'consultations', secret: { numerateur: 'actes' } });
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toContain('[`taux_zones_couvertes`](taux_zones_couvertes.md)');
  });
});
