/**
 * `npm run bench:site -- <entrepôt>`: the site rows of `npm run bench` alone (siteBench.ts), on the
 * publication beside an existing warehouse (default: VIGIE_WAREHOUSE, else data/warehouse.duckdb),
 * without running the pipeline again. A timing is never a test; this is not one.
 */
import { resolve } from 'node:path';
import { formatBenchTable } from './formatBenchTable.js';
import { benchSite } from './siteBench.js';

const warehouse = resolve(process.argv[2] ?? process.env['VIGIE_WAREHOUSE'] ?? 'data/warehouse.duckdb');
const { rows } = await benchSite(warehouse, (line) => process.stderr.write(`${line}\n`));
process.stdout.write(`\n${formatBenchTable(rows)}\n`);
