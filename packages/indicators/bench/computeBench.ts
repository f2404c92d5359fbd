/**
 * Times compute, publish and the three exports on a synthetic national warehouse (kept beside the
 * tests, never inside them). Run: npx tsx packages/indicators/bench/computeBench.ts [ACTES]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeIndicators, exportValues, publishIndicators } from '../src/index.js';
import { createTestWarehouse } from '../src/testing/createTestWarehouse.js';
import { syntheticWarehouseSql } from './syntheticWarehouseSql.js';

const acts = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-'));
const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  const start = performance.now();
  const result = await work();
  console.log(`${label} : ${((performance.now() - start) / 1000).toFixed(1)} s`, result ?? '');
  return result;
};

const wh = await createTestWarehouse();
await wh.run(`DELETE FROM ref.regions; DELETE FROM ref.departements; DELETE FROM ref.epci; DELETE FROM ref.communes; DELETE FROM ref.parametres;
  DELETE FROM clean.zones; DELETE FROM clean.lieux;`);
await time(`données synthétiques (${acts} actes)`, () => wh.run(syntheticWarehouseSql(acts)));
console.log(await wh.all(`SELECT (SELECT count(*) FROM clean.journees) AS journees, (SELECT count(*) FROM clean.actes) AS actes, (SELECT count(*) FROM clean.zones) AS zones`));
await time('calcul', () => computeIndicators(wh, { runId: 'bench', asOf: '2026-11-22' }));
await time('publication', () => publishIndicators(wh, { runId: 'bench', publicationDir: join(dir, 'publication'), demo: true }));
for (const format of ['csv', 'parquet', 'arrow'] as const) {
  await time(`export ${format}`, () => exportValues(wh, { out: join(dir, `valeurs.${format}`), format }));
}
console.log(await wh.all(`SELECT status, count(*) AS n FROM publish."values" GROUP BY ALL ORDER BY ALL`));
wh.close();
rmSync(dir, { recursive: true, force: true });
