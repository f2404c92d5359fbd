import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, type Warehouse } from '../warehouse/index.js';
import { sources } from '../sources/index.js';
import { sqlIdent, sqlString } from '@vigie/core';
import { VALIDATION_MACROS_SQL } from './validationMacros.js';
import { checkedColumns, checkTableSql } from './validationSql.js';

/**
 * Every message a data engineer reads about a faulty cell says what was expected, not only that
 * the value is wrong: checked on every column of every declared source, against values a damaged
 * or mistyped extract brings (a lost digit, a wrong key, a date that does not exist, letters,
 * signs, a code unknown to an empty referential, a huge number).
 */
const BAD_VALUES = [
  'x', '-5', '0', '6,2', '1,5', '1 234', '99999999999999999999', '1027506707', '10275067071', '1000000001',
  '17937330621975', '1793733062197', '31/02/2025', '2025-10-06', '06/10/2025 25:99', '99999', '2A0', 'ZZ',
  'abc', '2025T5', '2025-13', 'g', '9'.repeat(64), 'é'.repeat(300),
];

/** What a message must contain: the expectation (« attendu ») or what the value is not. */
const SAYS_EXPECTED = / (attendu|attendue|attendus|attendues|n'est pas|n'appartient)/;

describe('the messages of the column checks', () => {
  let wh: Warehouse;
  beforeAll(async () => {
    wh = await openWarehouse(':memory:');
    await wh.run(VALIDATION_MACROS_SQL);
    // An empty referential: every code looked up is unknown.
    await wh.run(`CREATE SCHEMA ref;
      CREATE TABLE ref.communes (code_commune VARCHAR, code_epci VARCHAR);
      CREATE TABLE ref.epci (code_epci VARCHAR);
      CREATE TABLE ref.regions (code_region VARCHAR);
      CREATE TABLE ref.departements (code_departement VARCHAR);`);
  });
  afterAll(() => wh.close());

  it('say, for every column of every source, what was expected', async () => {
    const seen = new Set<string>();
    await wh.run('CREATE OR REPLACE TEMP TABLE meta AS SELECT 1 AS _file');
    for (const source of sources) {
      for (const c of source.columns) {
        // The real check of the source (checkTableSql), on rows where only this column has a value.
        const fields = checkedColumns(source)
          .map((o) => (o.id === c.id ? `unnest([${[...BAD_VALUES, ''].map(sqlString).join(', ')}])` : 'NULL::VARCHAR') + ` AS ${sqlIdent(o.id)}`)
          .join(', ');
        await wh.run(checkTableSql(source, `SELECT 1 AS _file, 0::BIGINT AS _line, '' AS _sheet, NULL::VARCHAR AS _row_error, NULL::VARCHAR AS _record, ${fields}`, 'chk', 'meta'));
        const rows = await wh.all<{ id: string; message: string }>(`SELECT e.id, e.msg AS message FROM (SELECT unnest(_faults) AS e FROM chk WHERE NOT _ok)`);
        for (const { id, message } of rows) {
          if (id !== c.id) continue; // the other required columns are missing on these rows: not this column's messages
          seen.add(message);
          expect(message, `${source.id}, colonne « ${c.header} »`).toMatch(SAYS_EXPECTED);
          expect(message.length, `${source.id}, colonne « ${c.header} »`).toBeLessThan(400);
        }
      }
    }
    // The values above reach the checks they were written for (not only « valeur manquante »).
    const all = [...seen].join('\n');
    for (const expected of ['numéro RPPS (11 chiffres attendus)', 'clé de contrôle (Luhn) fausse', 'SIRET (14 chiffres attendus)', "date qui existe", "intervalle attendu", 'valeur est attendue', 'pas une commune du référentiel', '…"']) {
      expect(all).toContain(expected);
    }
  });
});
