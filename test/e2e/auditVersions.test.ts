import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel, ingestInbox, openWarehouse } from '@vigie/etl';
import { computeIndicators, defineIndicator, indicators, publishIndicators, type IndicatorDefinition } from '@vigie/indicators';
import { demoInbox } from '../support/demoInbox.js';
import { runVigie } from '../support/runVigie.js';

/**
 * Issue #13: a value computed by version 1 of a definition still re-derives exactly once version 2
 * exists. Publish (v1), change `consultations` (v2: each act counts twice), publish again; each
 * publication, verified by the real `vigie verifier`, re-derives with its own recorded SQL text.
 */
const AS_OF = '2025-10-05';

function withConsultationsV2(): IndicatorDefinition[] {
  return indicators.map((d) => {
    if (d.id !== 'consultations') return d;
    if (!d.sql.includes('count(*) AS acts')) throw new Error('le SQL de consultations a changé : adaptez ce test');
    return defineIndicator({
      ...d,
      version: 2,
      periodicity: [...d.periodicity],
      levels: [...d.levels],
      sources: [...d.sources],
      dependsOn: [...d.dependsOn],
      limits: [...d.limits],
      changes: [...d.changes, { version: 2, date: '2026-01-05', change: 'Test : chaque acte compte double.' }],
      sql: d.sql.replace('count(*) AS acts', 'count(*) * 2 AS acts'),
    });
  });
}

describe('audit: every version kept, each re-derives exactly', () => {
  let root: string;
  let cell: { periode: string; niveau: string; code_geo: string; v1: number; v2: number };
  const inbox = () => join(root, 'inbox');

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'vigie-audit-versions-'));
    await demoInbox({ out: inbox(), scale: 0.1, until: AS_OF });
    const wh = await openWarehouse(join(root, 'wh', 'warehouse.duckdb'));
    try {
      await ingestInbox(wh, { inbox: inbox(), runId: 'run-v1' });
      await buildModel(wh);
      await computeIndicators(wh, { runId: 'run-v1' });
      await publishIndicators(wh, { runId: 'run-v1', publicationDir: join(root, 'publication-v1'), demo: true });
      const v2 = withConsultationsV2();
      await computeIndicators(wh, { runId: 'run-v2', definitions: v2 });
      await publishIndicators(wh, { runId: 'run-v2', publicationDir: join(root, 'publication-v2'), demo: true, definitions: v2 });
      // A value published (not masked) by both versions, which really differs between them: the
      // checks below cannot pass by accident.
      const cells = await wh.all<{ periode: string; niveau: string; code_geo: string; v1: number; v2: number }>(
        `SELECT a.periode, a.niveau, a.code_geo, a.valeur AS v1, b.valeur AS v2
         FROM read_parquet('${join(root, 'publication-v1', 'valeurs.parquet')}') a
         JOIN read_parquet('${join(root, 'publication-v2', 'valeurs.parquet')}') b USING (indicateur, type_periode, periode, niveau, code_geo)
         WHERE indicateur = 'consultations' AND a.version = 1 AND b.version = 2 AND a.statut = 'ok' AND b.statut = 'ok' AND a.valeur > 0
         ORDER BY a.niveau = 'national' DESC, a.type_periode = 'cumul' DESC, a.periode DESC, a.niveau, a.code_geo
         LIMIT 1`,
      );
      expect(cells.length, 'une valeur de consultations publiée par les deux versions').toBe(1);
      cell = cells[0]!;
      expect(cell.v2).toBe(cell.v1 * 2);
    } finally {
      wh.close();
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  for (const version of [1, 2]) {
    it(`re-derives a value of consultations published by version ${version}, with its recorded SQL`, () => {
      const result = runVigie([
        'verifier', 'consultations', '--periode', cell.periode, '--niveau', cell.niveau, '--code', cell.code_geo,
        '--publication', join(root, `publication-v${version}`), '--inbox', inbox(), '--warehouse', join(root, 'nowhere', 'warehouse.duckdb'),
      ]);
      expect(result.stdout).toContain('1 valeur(s) comparée(s) : 1 identique(s)');
      expect(result.stdout).toMatch(new RegExp(`publiée    : valeur ${version === 1 ? cell.v1 : cell.v2}, .* version ${version}`));
      expect(result.stdout).toMatch(new RegExp(`recalculée : valeur ${version === 1 ? cell.v1 : cell.v2}, .* version ${version}`));
      expect(result.stdout).toContain('Résultat : chaque valeur vérifiée est re-dérivée à l’identique.');
      expect(result.status, result.stdout + result.stderr).toBe(0);
    });
  }

  it('keeps both texts of consultations in the second publication', async () => {
    const wh = await openWarehouse(':memory:');
    try {
      const rows = await wh.all<{ version: number; sql: string }>(
        `SELECT version, sql FROM read_parquet('${join(root, 'publication-v2', 'indicateurs_versions.parquet')}') WHERE id = 'consultations' ORDER BY version`,
      );
      expect(rows.map((r) => r.version)).toEqual([1, 2]);
      expect(rows[0]!.sql).toContain('count(*) AS acts');
      expect(rows[1]!.sql).toContain('count(*) * 2 AS acts');
    } finally {
      wh.close();
    }
  });
});
