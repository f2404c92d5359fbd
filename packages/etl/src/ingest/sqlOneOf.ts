import { sqlString } from '@vigie/core';

/**
 * `x` equals one of `values` (SQL semantics: NULL when `x` is NULL), as a chain of equalities
 * rather than `x IN (…)`: in a projection, DuckDB turns each IN list into a join with the list (a
 * hash join per column and per use), which cost the acts' validation a third of its CPU time.
 */
export function sqlOneOf(x: string, values: readonly string[]): string {
  return `(${values.map((v) => `${x} = ${sqlString(v)}`).join(' OR ')})`;
}
