/** A DuckDB identifier, double-quoted. */
export function sqlIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A DuckDB string literal, single-quoted (a path, a run id, a code written into SQL). */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
