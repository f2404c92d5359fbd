/**
 * What statistical secrecy costs and how long it takes, before (per indicator, legacy) and after
 * (one decision per count, audited), on a computed warehouse file (`vigie demo` → `vigie run`).
 * Kept beside the tests, never inside them. Run: npx tsx packages/indicators/bench/secrecyBench.ts WAREHOUSE.duckdb
 * (the national synthetic warehouse: secrecyNationalBench.ts).
 */
import { openWarehouse } from '@vigie/etl';
import { measureSecrecy } from './measureSecrecy.js';

const file = process.argv[2];
if (!file) throw new Error('Usage : npx tsx packages/indicators/bench/secrecyBench.ts ENTREPOT.duckdb');
const wh = await openWarehouse(file);
await measureSecrecy(wh);
wh.close();
