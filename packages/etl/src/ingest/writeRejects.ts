import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Warehouse } from '../warehouse/index.js';
import { sqlString } from '@vigie/core';

/**
 * Writes every rejected row, and every file rejected whole (line and column empty), to a UTF-8
 * CSV `fichier;ligne;colonne;valeur;message`, by file then line. Returns the number of rows.
 * Reads only: works on a warehouse opened read-only (`vigie rejects`).
 */
export async function writeRejects(wh: Warehouse, out: string): Promise<number> {
  const target = resolve(out);
  mkdirSync(dirname(target), { recursive: true });
  const query = `SELECT path AS fichier, line AS ligne, column_name AS colonne, value AS valeur, message
    FROM ledger.rejects ORDER BY path, line NULLS FIRST, column_name NULLS FIRST, message`;
  await wh.run(`COPY (${query}) TO ${sqlString(target)} (FORMAT csv, HEADER true, DELIMITER ';', QUOTE '"')`);
  const row = await wh.one<{ n: number }>('SELECT count(*) AS n FROM ledger.rejects');
  return row?.n ?? 0;
}
