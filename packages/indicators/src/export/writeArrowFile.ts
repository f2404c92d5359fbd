import { writeFileSync } from 'node:fs';
import { Float64, Int32, Table, tableToIPC, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import type { Warehouse } from '@vigie/etl';
import { EXPORT_COLUMNS } from './exportSelectSql.js';

const NUMBER_COLUMNS = new Set(['valeur', 'numerateur', 'denominateur']);

/**
 * Writes the rows of `select` (the export's columns) as an Arrow IPC file. DuckDB's result is read
 * column by column, chunk by chunk (no per-row objects), and each column becomes one Arrow vector.
 */
export async function writeArrowFile(wh: Warehouse, select: string, out: string): Promise<number> {
  const result = await wh.connection.stream(select);
  const columns: unknown[][] = EXPORT_COLUMNS.map(() => []);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    EXPORT_COLUMNS.forEach((_, i) => {
      const target = columns[i]!;
      for (const value of chunk.getColumnValues(i)) target.push(value);
    });
  }
  const vectors: Record<string, Vector> = {};
  EXPORT_COLUMNS.forEach((name, i) => {
    const values = columns[i]!;
    if (name === 'version') vectors[name] = vectorFromArray(values as (number | null)[], new Int32());
    else if (NUMBER_COLUMNS.has(name)) vectors[name] = vectorFromArray(values as (number | null)[], new Float64());
    else vectors[name] = vectorFromArray(values as (string | null)[], new Utf8());
  });
  const table = new Table(vectors);
  writeFileSync(out, tableToIPC(table, 'file'));
  return table.numRows;
}
