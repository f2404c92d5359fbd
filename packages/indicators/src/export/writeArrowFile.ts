import { writeFileSync } from 'node:fs';
import { Dictionary, Float64, Int32, makeData, makeVector, Table, tableToIPC, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import type { Warehouse } from '@vigie/etl';
import { EXPORT_COLUMNS } from './exportSelectSql.js';

const NUMBER_COLUMNS = new Set<string>(['valeur', 'numerateur', 'denominateur']);
const INTEGER_COLUMNS = new Set<string>(['version']);
const TEXT_COLUMNS = EXPORT_COLUMNS.filter((c) => !NUMBER_COLUMNS.has(c) && !INTEGER_COLUMNS.has(c));

/**
 * Writes the rows of `select` (the export's columns) as an Arrow IPC file, without building one
 * JavaScript object or string per row: DuckDB turns each text column into dictionary codes (its
 * values repeat: indicator, period, territory, status, run), the chunks are copied into typed
 * arrays, and the text columns become Arrow dictionary vectors.
 */
export async function writeArrowFile(wh: Warehouse, select: string, out: string): Promise<number> {
  const dictionaries = new Map<string, string[]>();
  for (const column of TEXT_COLUMNS) {
    const rows = await wh.all<{ v: string }>(`SELECT DISTINCT ${column} AS v FROM (${select}) WHERE ${column} IS NOT NULL ORDER BY v`);
    dictionaries.set(column, rows.map((r) => r.v));
  }
  const coded = EXPORT_COLUMNS.map((c) =>
    TEXT_COLUMNS.includes(c) ? `CAST(dense_rank() OVER (ORDER BY ${c}) - 1 AS INTEGER) AS ${c}` : c,
  ).join(', ');
  const total = (await wh.one<{ n: number }>(`SELECT count(*) AS n FROM (${select})`))?.n ?? 0;
  const columns = EXPORT_COLUMNS.map((c) => (NUMBER_COLUMNS.has(c) ? new Float64Array(total) : new Int32Array(total)));
  const validity = EXPORT_COLUMNS.map(() => new Uint8Array(Math.ceil(total / 8)).fill(0xff));
  const nulls = EXPORT_COLUMNS.map(() => 0);
  const result = await wh.connection.stream(`SELECT ${coded} FROM (${select}) ORDER BY ALL`);
  let offset = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    EXPORT_COLUMNS.forEach((_, i) => {
      const values = chunk.getColumnValues(i) as (number | null)[];
      const target = columns[i]!;
      for (let row = 0; row < values.length; row++) {
        const value = values[row];
        if (value === null || value === undefined) {
          validity[i]![(offset + row) >> 3]! &= ~(1 << ((offset + row) & 7));
          nulls[i]!++;
        } else target[offset + row] = value;
      }
    });
    offset += chunk.rowCount;
  }
  const vectors: Record<string, Vector> = {};
  EXPORT_COLUMNS.forEach((name, i) => {
    const common = { length: total, nullCount: nulls[i]!, nullBitmap: nulls[i]! > 0 ? validity[i]! : null };
    if (NUMBER_COLUMNS.has(name)) vectors[name] = makeVector(makeData({ type: new Float64(), data: columns[i] as Float64Array, ...common }));
    else if (INTEGER_COLUMNS.has(name)) vectors[name] = makeVector(makeData({ type: new Int32(), data: columns[i] as Int32Array, ...common }));
    else {
      const dictionary = vectorFromArray(dictionaries.get(name)!, new Utf8());
      vectors[name] = makeVector(makeData({ type: new Dictionary(new Utf8(), new Int32()), data: columns[i] as Int32Array, dictionary, ...common }));
    }
  });
  writeFileSync(out, tableToIPC(new Table(vectors), 'file'));
  return total;
}
