import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, type Warehouse } from '../warehouse/index.js';
import { withLuhnKey } from '@vigie/core';
import { VALIDATION_MACROS_SQL } from './validationMacros.js';

function luhnOk(digits: string): boolean {
  return withLuhnKey(digits.slice(0, -1)) === digits;
}

describe('validation macros', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await openWarehouse(':memory:');
    await wh.run(VALIDATION_MACROS_SQL);
  });
  afterAll(() => wh.close());

  it('compute the Luhn key of RPPS and SIRET numbers as the definition does', async () => {
    let seed = 7;
    const random = (len: number) => Array.from({ length: len }, (_, i) => ((seed = (seed * 48271) % 2147483647) % 10 || (i === 0 ? 1 : 0))).join('');
    const numbers = [...Array.from({ length: 500 }, () => random(11)), ...Array.from({ length: 500 }, () => withLuhnKey(random(10)))];
    const sirets = [...Array.from({ length: 500 }, () => random(14)), ...Array.from({ length: 500 }, () => withLuhnKey(random(13)))];
    const rows = await wh.all<{ s: string; ok: boolean }>(`SELECT s, vigie_luhn11(CAST(s AS BIGINT)) AS ok FROM unnest([${numbers.map((n) => `'${n}'`).join(',')}]) AS t(s)`);
    for (const r of rows) expect(r.ok, r.s).toBe(luhnOk(r.s));
    const siret = await wh.all<{ s: string; ok: boolean }>(`SELECT s, vigie_siret_ok(CAST(s AS BIGINT)) AS ok FROM unnest([${sirets.map((n) => `'${n}'`).join(',')}]) AS t(s)`);
    for (const r of siret) expect(r.ok, r.s).toBe(luhnOk(r.s));
    expect(rows.filter((r) => r.ok).length).toBeGreaterThanOrEqual(500);
  });

  it("accept La Poste's establishments (SIREN 356000000) by their digit sum", async () => {
    expect(await wh.one("SELECT vigie_siret_ok(35600000000048) AS a, vigie_siret_ok(35600000000001) AS b, vigie_siret_ok(35600000000049) AS c")).toEqual({
      a: luhnOk('35600000000048'), b: true, c: false,
    });
  });

  it('write integers the French way', async () => {
    expect(await wh.one('SELECT vigie_fr_int(4812) AS a, vigie_fr_int(12) AS b, vigie_fr_int(1234567) AS c')).toEqual({ a: '4\u202f812', b: '12', c: '1\u202f234\u202f567' });
  });
});
