/**
 * The row space of a sparse integer matrix, by Gaussian elimination modulo the prime 2^31 − 1.
 * A vector found in the row space modulo p but not over the rationals is a false alarm (one mask
 * too many, never a leak); the converse needs p to divide a minor of a matrix of small integers
 * built from ±1 entries, which the property test checks against exact rational elimination.
 * Each pivot row remembers the combination of original equations it came from, so that a vector
 * of the row space can be explained by the equations that give it.
 */
export const PRIME = 2147483647;

export type SparseRow = Map<number, number>;

interface PivotRow {
  cols: SparseRow;
  /** coefficient of each original equation in this row */
  source: SparseRow;
}

function mulmod(a: number, b: number): number {
  const high = Math.floor(b / 65536);
  const low = b % 65536;
  return (((a * high) % PRIME) * 65536 + a * low) % PRIME;
}

function inverse(a: number): number {
  let [r0, r1] = [PRIME, a];
  let [t0, t1] = [0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return ((t0 % PRIME) + PRIME) % PRIME;
}

/** An integer (possibly negative) as an element of Z/pZ. */
export function modular(n: number): number {
  return ((n % PRIME) + PRIME) % PRIME;
}

/** row ← row − factor × other (in place). */
function subtract(row: SparseRow, other: SparseRow, factor: number): void {
  for (const [col, coef] of other) {
    const next = (row.get(col) ?? 0) - mulmod(factor, coef);
    const value = next < 0 ? next + PRIME : next;
    if (value === 0) row.delete(col);
    else row.set(col, value);
  }
}

function scale(row: SparseRow, factor: number): void {
  for (const [col, coef] of row) row.set(col, mulmod(coef, factor));
}

export class ModularRowSpace {
  /** pivot column → row whose smallest column is the pivot, with coefficient 1 there */
  private readonly pivots = new Map<number, PivotRow>();

  get rank(): number {
    return this.pivots.size;
  }

  /** Adds equation `id` (coefficients already in Z/pZ); returns false when it was dependent. */
  add(id: number, coefficients: SparseRow): boolean {
    const row: PivotRow = { cols: new Map(coefficients), source: new Map([[id, 1]]) };
    for (;;) {
      let min = Infinity;
      for (const col of row.cols.keys()) if (col < min) min = col;
      if (min === Infinity) return false;
      const pivot = this.pivots.get(min);
      if (!pivot) {
        const factor = inverse(row.cols.get(min) as number);
        scale(row.cols, factor);
        scale(row.source, factor);
        this.pivots.set(min, row);
        return true;
      }
      const factor = row.cols.get(min) as number;
      subtract(row.cols, pivot.cols, factor);
      subtract(row.source, pivot.source, factor);
    }
  }

  /**
   * Whether `vector` is a combination of the equations added; if so, the coefficients of that
   * combination (original equation id → coefficient, non-zero only), else null.
   */
  combination(vector: SparseRow): SparseRow | null {
    const row = new Map(vector);
    const source: SparseRow = new Map();
    for (;;) {
      let min = Infinity;
      for (const col of row.keys()) if (col < min && this.pivots.has(col)) min = col;
      if (min === Infinity) break;
      const pivot = this.pivots.get(min) as PivotRow;
      const factor = row.get(min) as number;
      subtract(row, pivot.cols, factor);
      subtract(source, pivot.source, PRIME - factor);
    }
    return row.size === 0 ? source : null;
  }
}
