import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '@vigie/etl';
import { demoInbox } from '../support/demoInbox.js';
import { runVigie, runVigieOk } from '../support/runVigie.js';

/**
 * Statistical secrecy end to end: a demo inbox → vigie run → vigie secret --audit finds no masked
 * count that the published values give away; a publication tampered with as a careless publisher
 * would (every zone's cumul of acts shown) is caught, naming the cell and what gives it away.
 */
describe('vigie secret --audit', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-secret-'));
    const inbox = join(dir, 'inbox');
    await demoInbox({ out: inbox, scale: 0.05, until: '2025-11-30' });
    env = { VIGIE_INBOX: inbox, VIGIE_WAREHOUSE: join(dir, 'wh', 'warehouse.duckdb') };
    runVigieOk(['run', '--sans-tableau-de-bord', '--sans-archive'], env);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds no recoverable masked count in the publication of vigie run', () => {
    const result = runVigieOk(['secret', '--audit'], env);
    expect(result.stdout).toMatch(/Cellules masquées déductibles des valeurs publiées : 0\./);
    expect(result.stdout).toMatch(/actes\s+zone\s+semaine\s+[1-9]/);
    expect(result.stdout).toMatch(/Coût : [0-9  ]+ valeurs secrètes sur/);
  });

  it('exits 1 and names the cells when a publication shows what it should hide', async () => {
    const tampered = join(dir, 'publication-modifiee');
    cpSync(join(dir, 'wh', 'publication'), tampered, { recursive: true });
    const wh = await openWarehouse(':memory:');
    try {
      await wh.run(`ATTACH '${join(dir, 'wh', 'warehouse.duckdb')}' AS source (READ_ONLY)`);
      // every zone's cumul of acts, true values from the warehouse: a masked week is now a difference of two cumuls
      await wh.run(`COPY (
        SELECT p.* REPLACE (
          CASE WHEN p.indicateur = 'consultations' AND p.niveau = 'zone' AND p.type_periode = 'cumul' THEN v.value ELSE p.valeur END AS valeur,
          CASE WHEN p.indicateur = 'consultations' AND p.niveau = 'zone' AND p.type_periode = 'cumul' THEN v.numerator ELSE p.numerateur END AS numerateur,
          CASE WHEN p.indicateur = 'consultations' AND p.niveau = 'zone' AND p.type_periode = 'cumul' THEN 'ok' ELSE p.statut END AS statut)
        FROM read_parquet('${join(tampered, 'valeurs.parquet')}') p
        LEFT JOIN source.indicators."values" v ON v.run_id = p.run_id AND v.indicator_id = p.indicateur AND v.period_type = p.type_periode
          AND v.period = p.periode AND v.level = p.niveau AND v.geo_code = p.code_geo
      ) TO '${join(dir, 'valeurs.parquet')}' (FORMAT parquet)`);
    } finally {
      wh.close();
    }
    cpSync(join(dir, 'valeurs.parquet'), join(tampered, 'valeurs.parquet'));
    const result = runVigie(['secret', '--audit', '--publication', tampered], env);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/Cellules masquées déductibles des valeurs publiées : [1-9]/);
    expect(result.stdout).toMatch(/- actes, (zone|departement|region) \w+, (semaine|mois|cumul) du \d\d\/\d\d\/\d{4} au \d\d\/\d\d\/\d{4} : déductible de .*actes, zone \d+, cumul du 01\/09\/2025/);
  });
});
