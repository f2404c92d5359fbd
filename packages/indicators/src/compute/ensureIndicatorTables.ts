import { ensureSchemas, type Warehouse } from '@vigie/etl';

/** Columns of `indicators.values` and `publish.values` (docs/architecture.md). */
const VALUE_COLUMNS_DDL = `
  indicator_id VARCHAR NOT NULL,
  version INTEGER NOT NULL,
  period_type VARCHAR NOT NULL,
  period VARCHAR NOT NULL,
  period_start DATE NOT NULL,
  period_end DATE NOT NULL,
  level VARCHAR NOT NULL,
  geo_code VARCHAR NOT NULL,
  value DOUBLE,
  numerator DOUBLE,
  denominator DOUBLE,
  status VARCHAR NOT NULL,
  run_id VARCHAR NOT NULL`;

/** Creates the schemas, the ledger and `indicators.values` when missing. Idempotent. */
export async function ensureIndicatorTables(wh: Warehouse): Promise<void> {
  await ensureSchemas(wh);
  await wh.run(`CREATE TABLE IF NOT EXISTS indicators."values" (${VALUE_COLUMNS_DDL})`);
}
