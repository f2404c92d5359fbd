import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { sqlString } from '@vigie/core';
import type { Warehouse } from '@vigie/etl';
import { exportSelectSql } from './exportSelectSql.js';
import { writeArrowFile } from './writeArrowFile.js';

export type ExportFormat = 'csv' | 'parquet' | 'arrow';

/**
 * Writes the published values (publish.values, secrecy applied) to `out`:
 * csv (UTF-8, `;`, decimal comma, header of interfaces.md, secret values left empty), Parquet, or an
 * Arrow IPC file. Returns the number of rows written.
 */
export async function exportValues(wh: Warehouse, options: { out: string; format: ExportFormat }): Promise<number> {
  const published = await wh.one<{ n: number }>(
    `SELECT count(*) AS n FROM duckdb_tables() WHERE schema_name = 'publish' AND table_name = 'values'`,
  );
  if (!published?.n) {
    throw new Error(`Rien à exporter : la table publish.values n'existe pas dans ${wh.path}. Lancez d'abord « vigie run » ou « vigie publish ».`);
  }
  mkdirSync(dirname(options.out), { recursive: true });
  const target = sqlString(options.out);
  switch (options.format) {
    case 'csv':
      await wh.run(`COPY (${exportSelectSql(true)}) TO ${target} (FORMAT csv, DELIMITER ';', HEADER true, QUOTE '"', NULLSTR '')`);
      break;
    case 'parquet':
      await wh.run(`COPY (${exportSelectSql(false)}) TO ${target} (FORMAT parquet)`);
      break;
    case 'arrow':
      return writeArrowFile(wh, exportSelectSql(false), options.out);
    default:
      throw new Error(`Format d'export inconnu « ${String(options.format)} » : attendu csv, parquet ou arrow.`);
  }
  const count = await wh.one<{ n: number }>(`SELECT count(*) AS n FROM publish."values"`);
  return count?.n ?? 0;
}
