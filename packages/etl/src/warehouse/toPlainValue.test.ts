import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, type Warehouse } from './openWarehouse.js';

describe('toPlainValue through Warehouse.all', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await openWarehouse(':memory:');
  });
  afterAll(() => wh.close());

  it('converts BIGINT, DATE, DECIMAL and LIST to plain values', async () => {
    const row = await wh.one(
      `SELECT 42::BIGINT AS n, DATE '2025-10-06' AS d, 3.25::DECIMAL(9,2) AS x, [1, 2]::BIGINT[] AS l, TIMESTAMP '2025-10-06 14:32:00' AS t`,
    );
    expect(row).toEqual({ n: 42, d: '2025-10-06', x: 3.25, l: [1, 2], t: '2025-10-06T14:32:00' });
  });

  it('refuses to lose precision on a BIGINT beyond 2^53', async () => {
    await expect(wh.all('SELECT 9007199254740993::BIGINT AS n')).rejects.toThrow(/hors de la plage/);
  });

  it('rolls back a failed transaction', async () => {
    await wh.run('CREATE TABLE t (x INTEGER)');
    await expect(
      wh.transaction(async () => {
        await wh.run('INSERT INTO t VALUES (1)');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await wh.one('SELECT count(*) AS n FROM t')).toEqual({ n: 0 });
  });
});
