import { existsSync } from 'node:fs';
import { openWarehouse, type Warehouse } from '@vigie/etl';

/** Opens the warehouse read-only, or says what to run first when it does not exist yet. */
export async function openForReading(path: string): Promise<Warehouse> {
  if (!existsSync(path)) {
    throw new Error(`Aucun entrepôt à ${path}. Lancez d'abord « npx vigie run » (ou indiquez --warehouse FICHIER).`);
  }
  return openWarehouse(path, { readOnly: true });
}

export async function withWarehouse<T>(path: string, work: (wh: Warehouse) => Promise<T>): Promise<T> {
  const wh = await openForReading(path);
  try {
    return await work(wh);
  } finally {
    wh.close();
  }
}
