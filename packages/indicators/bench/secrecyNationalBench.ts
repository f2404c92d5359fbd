/**
 * Statistical secrecy on the synthetic national warehouse (syntheticWarehouseSql: every priority
 * zone, weeks to 22/11/2026): share masked before and after, time of masking and audit.
 * Run: npx tsx packages/indicators/bench/secrecyNationalBench.ts [ACTES]
 */
import { computeIndicators } from '../src/index.js';
import { createTestWarehouse } from '../src/testing/createTestWarehouse.js';
import { measureSecrecy } from './measureSecrecy.js';
import { syntheticWarehouseSql } from './syntheticWarehouseSql.js';

const acts = Number(process.argv[2] ?? 1_000_000);
const wh = await createTestWarehouse();
await wh.run(`DELETE FROM ref.regions; DELETE FROM ref.departements; DELETE FROM ref.epci; DELETE FROM ref.communes; DELETE FROM ref.parametres;
  DELETE FROM clean.zones; DELETE FROM clean.lieux;`);
await wh.run(syntheticWarehouseSql(acts));
console.log(await wh.all(`SELECT (SELECT count(*) FROM clean.actes) AS actes, (SELECT count(*) FROM clean.zones) AS zones`));
await computeIndicators(wh, { runId: 'bench', asOf: '2026-11-22' });
await measureSecrecy(wh);
wh.close();
