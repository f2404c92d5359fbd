import { openWarehouse, type Warehouse } from '@vigie/etl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactSumSql } from './exactSumSql.js';

describe('exactSumSql', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await openWarehouse(':memory:');
    // One thread: the rows are added in the order of the table, so the order is what the test sets.
    await wh.run('SET threads = 1');
  });
  afterAll(() => wh.close());

  const sums = async (values: number[]) => {
    await wh.run('CREATE OR REPLACE TABLE terms (i INTEGER, x DOUBLE)');
    for (const [i, x] of values.entries()) await wh.run('INSERT INTO terms VALUES ($i, $x)', { i, x });
    return wh.one<{ plain: number; exact: number }>(`SELECT sum(x) AS plain, ${exactSumSql('x')} AS exact FROM terms`);
  };

  it('gives the same sum in any order, where a sum of doubles does not', async () => {
    const forward = await sums([1e16, 1, -1e16]);
    const backward = await sums([1e16, -1e16, 1]);
    // The failure it prevents: the plain sum depends on the order of the additions.
    expect(forward?.plain).not.toBe(backward?.plain);
    expect(forward?.exact).toBe(1);
    expect(backward?.exact).toBe(1);
  });

  it('adds decimals exactly, as an auditor with a spreadsheet would', async () => {
    const tenths = await sums(Array.from({ length: 10 }, () => 0.1));
    expect(tenths?.plain).not.toBe(1);
    expect(tenths?.exact).toBe(1);
  });

  it('keeps a value on a rounding boundary of the export on the same side each time', async () => {
    // 7 630,78075 ÷ 20 = 381,5390375: the need of the demo that flipped between two identical runs.
    const parts = [1234.56789, 2345.6789, 4050.53396];
    const orders = [parts, [...parts].reverse(), [parts[1]!, parts[2]!, parts[0]!]];
    const results = new Set<number>();
    for (const order of orders) results.add(((await sums(order))?.exact ?? NaN) / 20);
    expect(results.size).toBe(1);
  });

  it('is empty over no rows, as sum() is', async () => {
    expect((await sums([]))?.exact).toBeNull();
  });
});
