import type { Warehouse } from '@vigie/etl';

/** The `ref.*` and `clean.*` tables a piece of SQL names. */
export function referencedTables(sql: string): string[] {
  const names = new Set<string>();
  for (const match of sql.matchAll(/\b(ref|clean)\.([a-z_][a-z0-9_]*)/gi)) names.add(`${match[1]}.${match[2]}`.toLowerCase());
  return [...names].sort();
}

/** Throws a French message listing the tables the step needs and that the warehouse lacks. */
export async function requireTables(wh: Warehouse, tables: readonly string[], step: string): Promise<void> {
  const rows = await wh.all<{ name: string }>(
    `SELECT schema_name || '.' || table_name AS name FROM duckdb_tables() WHERE NOT temporary
     UNION SELECT schema_name || '.' || view_name FROM duckdb_views() WHERE NOT temporary`,
  );
  const present = new Set(rows.map((r) => r.name.toLowerCase()));
  const missing = tables.filter((t) => !present.has(t));
  if (missing.length > 0) {
    throw new Error(
      `${step} : tables absentes de l'entrepôt : ${missing.join(', ')}. ` +
        `Elles sont écrites par l'étape model (docs/architecture.md) : lancez d'abord « vigie ingest » ou « vigie run ».`,
    );
  }
}
