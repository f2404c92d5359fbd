/**
 * The row space of a sparse integer matrix, by Gaussian elimination modulo the prime 2^31 − 1.
 * A vector found in the row space modulo p but not over the rationals is a false alarm (one mask
 * too many, never a leak); the converse needs p to divide a minor of a matrix of small integers
 * built from ±1 entries, which the property test checks against exact rational elimination.
 * Each pivot row remembers the combination of original equations it came from, so that a vector
 * of the row space can be explained by the equations that give it.
 * Rows are kept as sorted columns and values (typed arrays): a reduction is a merge.
 */
export const PRIME = 2147483647;

export type SparseRow = Map<number, number>;

/** A sparse row: strictly increasing columns, values in 1 … p − 1. */
interface Packed {
  readonly cols: Int32Array;
  readonly vals: Float64Array;
}

interface PivotRow {
  readonly row: Packed;
  /** coefficient of each original equation in this row */
  readonly source: Packed;
}

/** a × b mod p for a, b in 0 … p − 1, exact in doubles (b split in 15 and 16 bits); ±1 factors, the most frequent, without a division. */
function mulmod(a: number, b: number): number {
  if (b === 1) return a;
  if (a === 1) return b;
  if (b === PRIME - 1) return a === 0 ? 0 : PRIME - a;
  if (a === PRIME - 1) return b === 0 ? 0 : PRIME - b;
  const high = b >>> 16;
  const low = b & 0xffff;
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

/** Columns waiting in increasing order (a binary heap), each at most once; their values in a dense workspace. */
class Workspace {
  values = new Float64Array(64);
  private queued = new Uint8Array(64);
  private heap = new Int32Array(64);
  private size = 0;

  private grow(col: number): void {
    if (col < this.values.length) return;
    let length = this.values.length;
    while (length <= col) length *= 2;
    const values = new Float64Array(length);
    values.set(this.values);
    this.values = values;
    const queued = new Uint8Array(length);
    queued.set(this.queued);
    this.queued = queued;
  }

  /** values[col] −= factor × value (mod p), queuing col. */
  subtract(col: number, factor: number, value: number): void {
    this.grow(col);
    const next = (this.values[col] as number) - mulmod(factor, value);
    this.values[col] = next < 0 ? next + PRIME : next;
    if (this.queued[col]) return;
    this.queued[col] = 1;
    if (this.size === this.heap.length) {
      const heap = new Int32Array(this.heap.length * 2);
      heap.set(this.heap);
      this.heap = heap;
    }
    let i = this.size++;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if ((this.heap[up] as number) <= col) break;
      this.heap[i] = this.heap[up] as number;
      i = up;
    }
    this.heap[i] = col;
  }

  /** The smallest queued column (−1 when none), taken out of the queue; its value stays in `values` until cleared. */
  pop(): number {
    if (this.size === 0) return -1;
    const top = this.heap[0] as number;
    const last = this.heap[--this.size] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && (this.heap[child + 1] as number) < (this.heap[child] as number)) child++;
      if ((this.heap[child] as number) >= last) break;
      this.heap[i] = this.heap[child] as number;
      i = child;
    }
    this.heap[i] = last;
    this.queued[top] = 0;
    return top;
  }

  /** The non-zero values left, by increasing column, times `factor`; empties the workspace. */
  drain(first: number, factor: number): Packed {
    const cols: number[] = [];
    const vals: number[] = [];
    for (let col = first; col >= 0; col = this.pop()) {
      const value = this.values[col] as number;
      this.values[col] = 0;
      if (value === 0) continue;
      cols.push(col);
      vals.push(mulmod(value, factor));
    }
    return { cols: Int32Array.from(cols), vals: Float64Array.from(vals) };
  }
}

/** A linear combination of equations being built (id → coefficient), dense by id. */
class Combination {
  private values = new Float64Array(64);
  private touched: number[] = [];

  /** coefficient[id] += factor × value (mod p) */
  add(id: number, factor: number, value: number): void {
    if (id >= this.values.length) {
      let length = this.values.length;
      while (length <= id) length *= 2;
      const values = new Float64Array(length);
      values.set(this.values);
      this.values = values;
    }
    if (this.values[id] === 0) this.touched.push(id);
    const next = ((this.values[id] as number) + mulmod(factor, value)) % PRIME;
    // a coefficient back to 0 stays in `touched` (pushed again if it comes back) and is skipped when taken
    this.values[id] = next;
  }

  /** The non-zero coefficients by increasing id, times `factor`; empties it. */
  take(factor: number): Packed {
    // sorted as integers (a typed array sorts numerically); an id touched twice is read once, then 0
    const ids = Int32Array.from(this.touched).sort();
    let kept = 0;
    for (let i = 0; i < ids.length; i++) if (this.values[ids[i] as number] !== 0 && (i === 0 || ids[i] !== ids[i - 1])) kept++;
    const cols = new Int32Array(kept);
    const vals = new Float64Array(kept);
    let k = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      const value = this.values[id] as number;
      if (value === 0) continue;
      this.values[id] = 0;
      cols[k] = id;
      vals[k++] = mulmod(value, factor);
    }
    this.touched = [];
    return { cols, vals };
  }
}

export class ModularRowSpace {
  /** pivot column → row whose smallest column is the pivot, with coefficient 1 there */
  private readonly pivots: (PivotRow | undefined)[] = [];
  private count = 0;
  private readonly work = new Workspace();
  private readonly source = new Combination();

  get rank(): number {
    return this.count;
  }

  /** Reduces the workspace by the pivot rows, smallest column first, until a column without pivot (returned) or nothing (−1). */
  private reduce(sign: number): number {
    const { work, source } = this;
    for (let col = work.pop(); col >= 0; col = work.pop()) {
      const factor = work.values[col] as number;
      if (factor === 0) continue;
      const pivot = this.pivots[col];
      if (!pivot) return col;
      work.values[col] = 0;
      const { cols, vals } = pivot.row;
      for (let i = 1; i < cols.length; i++) work.subtract(cols[i] as number, factor, vals[i] as number);
      const from = pivot.source;
      for (let i = 0; i < from.cols.length; i++) source.add(from.cols[i] as number, sign === 1 ? factor : PRIME - factor, from.vals[i] as number);
    }
    return -1;
  }

  /** Adds equation `id` (coefficients already in Z/pZ); returns false when it was dependent. */
  add(id: number, coefficients: SparseRow): boolean {
    for (const [col, value] of coefficients) this.work.subtract(col, PRIME - 1, value);
    this.source.add(id, 1, 1);
    const col = this.reduce(-1);
    if (col < 0) {
      this.source.take(1);
      return false;
    }
    const factor = inverse(this.work.values[col] as number);
    this.pivots[col] = { row: this.work.drain(col, factor), source: this.source.take(factor) };
    this.count++;
    return true;
  }

  /**
   * One vector x of the kernel (every row added · x = 0 mod p) over columns 0 … width − 1: the
   * columns that are no pivot get pseudo-random values from `seed`, the pivots follow by back
   * substitution (a pivot row has 1 at its smallest column). A vector of the row space is orthogonal
   * to every kernel vector, so e_b − e_a with x_a ≠ x_b is certainly not a combination of the rows;
   * x_a = x_b makes it one except with probability 1/p (checked exactly with `combination`).
   */
  kernelVector(width: number, seed = 1): Float64Array {
    const x = new Float64Array(width);
    let state = seed >>> 0;
    const next = (): number => {
      // mulberry32
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return (((t ^ (t >>> 14)) >>> 0) % (PRIME - 1)) + 1;
    };
    for (let col = 0; col < width; col++) x[col] = this.pivots[col] ? 0 : next();
    for (let col = Math.min(width, this.pivots.length) - 1; col >= 0; col--) {
      const pivot = this.pivots[col];
      if (!pivot) continue;
      const { cols, vals } = pivot.row;
      let sum = 0;
      for (let i = 1; i < cols.length; i++) sum = (sum + mulmod(vals[i] as number, x[cols[i] as number] as number)) % PRIME;
      x[col] = sum === 0 ? 0 : PRIME - sum;
    }
    return x;
  }

  /**
   * Whether `vector` is a combination of the equations added; if so, the coefficients of that
   * combination (original equation id → coefficient, non-zero only), else null.
   */
  combination(vector: SparseRow): SparseRow | null {
    for (const [col, value] of vector) this.work.subtract(col, PRIME - 1, value);
    // a pivot row only has columns from its pivot on: a smallest column left without pivot stays
    const left = this.reduce(1);
    if (left >= 0) {
      this.work.drain(left, 1);
      this.source.take(1);
      return null;
    }
    const { cols, vals } = this.source.take(1);
    return new Map([...cols].map((id, i) => [id, vals[i] as number]));
  }
}
