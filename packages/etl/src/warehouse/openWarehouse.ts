import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { sqlString } from '@vigie/core';
import { resolveMemoryLimit } from './memoryLimit.js';
import { toPlainValue } from './toPlainValue.js';

export type Row = Record<string, unknown>;

/** The name the warehouse file is attached under (never a schema name: ledger, raw, ref, clean…). */
export const WAREHOUSE_CATALOG = 'vigie';

export interface OpenOptions {
  /** Open an existing warehouse for reading only (several readers may share it). */
  readOnly?: boolean;
  /**
   * DuckDB's memory limit (`1,5 Go`, `2GB`…): beyond it, DuckDB spills to `<fichier>.tmp` rather
   * than grow. Default: `VIGIE_MEMOIRE`, else 1 Go (see memoryLimit.ts).
   */
  memoryLimit?: string;
}

/**
 * The DuckDB warehouse: one file, one writer process. Every query helper converts DuckDB values
 * (BIGINT, DATE, DECIMAL…) to plain JavaScript deliberately, see `toPlainValue`.
 */
export class Warehouse {
  private constructor(
    readonly path: string,
    /** DuckDB's memory limit as it was opened with (`1GB`), to restore it exactly after lowering it. */
    readonly memoryLimit: string,
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  static async open(path: string, options: OpenOptions = {}): Promise<Warehouse> {
    const memoryLimit = resolveMemoryLimit(options.memoryLimit);
    const config: Record<string, string> = {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      memory_limit: memoryLimit,
    };
    if (path === ':memory:') {
      const instance = await DuckDBInstance.create(':memory:', config);
      return new Warehouse(path, memoryLimit, instance, await instance.connect());
    }
    if (!options.readOnly) mkdirSync(dirname(path), { recursive: true });
    // DuckDB names a database after its file: `clean.duckdb` would make `clean.zones` ambiguous
    // (catalog or schema « clean »). The file is attached under a fixed name that no schema of
    // the warehouse bears; large operations spill beside it, as for a file opened directly.
    config['temp_directory'] = `${path}.tmp`;
    const instance = await DuckDBInstance.create(':memory:', config);
    const connection = await instance.connect();
    try {
      await connection.run(`ATTACH ${sqlString(path)} AS ${WAREHOUSE_CATALOG}${options.readOnly ? ' (READ_ONLY)' : ''}`);
      await connection.run(`USE ${WAREHOUSE_CATALOG}`);
    } catch (error) {
      connection.closeSync();
      instance.closeSync();
      throw error;
    }
    return new Warehouse(path, memoryLimit, instance, connection);
  }

  /** Runs one or more statements, returns nothing. */
  async run(sql: string, params?: Record<string, DuckDBValue> | DuckDBValue[]): Promise<void> {
    await this.connection.run(sql, params);
  }

  /** Runs a query and returns its rows as plain objects. */
  async all<T extends Row = Row>(sql: string, params?: Record<string, DuckDBValue> | DuckDBValue[]): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(sql, params);
    const names = reader.columnNames();
    return reader.getRows().map((values) => {
      const row: Row = {};
      names.forEach((name, i) => {
        row[name] = toPlainValue(values[i]);
      });
      return row as T;
    });
  }

  /** The first row of a query, or undefined. */
  async one<T extends Row = Row>(sql: string, params?: Record<string, DuckDBValue> | DuckDBValue[]): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  /** Runs `work` inside a transaction: everything it wrote is committed, or nothing is. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await this.run('COMMIT');
      return result;
    } catch (error) {
      await this.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

export function openWarehouse(path: string, options: OpenOptions = {}): Promise<Warehouse> {
  return Warehouse.open(path, options);
}
