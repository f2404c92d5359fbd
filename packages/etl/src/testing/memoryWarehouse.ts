import { ensureSchemas, openWarehouse, type Warehouse } from '../warehouse/index.js';

/** Test support: a fresh warehouse in memory, its schemas and ledger tables created. */
export async function memoryWarehouse(): Promise<Warehouse> {
  const wh = await openWarehouse(':memory:');
  await ensureSchemas(wh);
  return wh;
}
