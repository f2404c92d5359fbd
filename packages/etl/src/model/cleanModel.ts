import type { Warehouse } from '../warehouse/index.js';

/** How an incremental build of a clean table went: whole, by increment, or left as it was. */
export type CleanRefresh = 'complet' | 'increment' | 'inchange';

/**
 * A clean table and the SQL that (re)builds it from raw.* and the ledger. A source's declaration
 * says which: `clean: 'declared'` (the default: `declaredCleanModel`), its own models (one file
 * each in `model/clean/`), or `'referential'` (read into ref.*, no clean table).
 */
export interface CleanModel {
  table: string;
  sql: (asOf: string | undefined) => string;
  /** An incremental build (clean.actes, the largest table): `buildModel` calls it instead of `sql`. */
  refresh?: (wh: Warehouse, asOf: string | undefined) => Promise<CleanRefresh>;
}

/** A clean table of the registry, with the source it models. */
export interface SourceCleanModel extends CleanModel {
  sourceId: string;
}

/** The file of a table's own model: `clean.docteurs_juniors` → `model/clean/docteursJuniors.ts`. */
export function cleanModelFile(table: string): string {
  return `${table.replace(/^clean\./, '').replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}.ts`;
}
