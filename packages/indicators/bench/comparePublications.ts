/**
 * Two publication folders compared file by file: rows of each Parquet file of A missing from B and
 * of B missing from A (EXCEPT ALL both ways, on the columns both have). To prove that a speed
 * change of the publish step left its output byte for byte the same: publish copies of one
 * warehouse before and after the change, then compare (every count 0 except meta.parquet, which
 * carries the publication's time). Kept beside the tests, never inside them.
 * Run: npx tsx packages/indicators/bench/comparePublications.ts PUBLICATION_A PUBLICATION_B
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openWarehouse } from '@vigie/etl';

const [a, b] = process.argv.slice(2);
if (!a || !b) throw new Error('Usage : npx tsx packages/indicators/bench/comparePublications.ts PUBLICATION_A PUBLICATION_B');
const parquet = (dir: string, file: string) => `read_parquet('${join(dir, file).replaceAll("'", "''")}')`;
const wh = await openWarehouse(':memory:');
try {
  for (const file of readdirSync(a).filter((f) => f.endsWith('.parquet')).sort()) {
    const [fa, fb] = [parquet(a, file), parquet(b, file)];
    const names = async (f: string) => (await wh.all<{ c: string }>(`SELECT column_name AS c FROM (DESCRIBE SELECT * FROM ${f})`)).map((r) => r.c);
    const inB = new Set(await names(fb));
    const all = await names(fa);
    const columns = all.filter((c) => inB.has(c)).map((c) => `"${c.replaceAll('"', '""')}"`).join(', ');
    const r = await wh.one<{ rows: number; onlyA: number; onlyB: number }>(
      `SELECT (SELECT count(*) FROM ${fa}) AS rows,
              (SELECT count(*) FROM (SELECT ${columns} FROM ${fa} EXCEPT ALL SELECT ${columns} FROM ${fb})) AS "onlyA",
              (SELECT count(*) FROM (SELECT ${columns} FROM ${fb} EXCEPT ALL SELECT ${columns} FROM ${fa})) AS "onlyB"`,
    );
    const other = all.length !== inB.size ? ` (colonnes : ${all.length} dans A, ${inB.size} dans B)` : '';
    console.log(`${file} : ${r?.rows} lignes ; seulement dans A ${r?.onlyA}, seulement dans B ${r?.onlyB}${other}`);
  }
} finally {
  wh.close();
}
