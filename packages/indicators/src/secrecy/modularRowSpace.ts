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

/**
 * Sparse rows stored end to end (strictly increasing columns, values in 1 … p − 1): one pair of
 * growing arrays for all the rows of an elimination instead of two typed arrays per row.
 */
class Arena {
  cols = new Int32Array(1024);
  vals = new Float64Array(1024);
  length = 0;

  push(col: number, value: number): void {
    if (this.length === this.cols.length) {
      const cols = new Int32Array(this.cols.length * 2);
      cols.set(this.cols);
      this.cols = cols;
      const vals = new Float64Array(this.vals.length * 2);
      vals.set(this.vals);
      this.vals = vals;
    }
    this.cols[this.length] = col;
    this.vals[this.length++] = value;
  }
}

/** A growing Int32Array indexed by column. */
function ensure(array: Int32Array<ArrayBuffer>, index: number, fill: number): Int32Array<ArrayBuffer> {
  if (index < array.length) return array;
  let length = array.length;
  while (length <= index) length *= 2;
  const grown = new Int32Array(length).fill(fill);
  grown.set(array);
  return grown;
}

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

/**
 * Columns waiting in increasing order, each at most once, their values in a dense workspace. The
 * queue is a bit set with a summary bit per word of 32 columns: queuing a column sets a bit,
 * taking the smallest one scans from the last one taken (a reduction only queues later columns).
 */
class Workspace {
  values = new Float64Array(64);
  private bits = new Int32Array(2);
  private summary = new Int32Array(1);
  /** no column below it is queued */
  private cursor = 0;
  private size = 0;

  private grow(col: number): void {
    let length = this.values.length;
    while (length <= col) length *= 2;
    const values = new Float64Array(length);
    values.set(this.values);
    this.values = values;
    const bits = new Int32Array(length >>> 5);
    bits.set(this.bits);
    this.bits = bits;
    const summary = new Int32Array(Math.max(1, length >>> 10));
    summary.set(this.summary);
    this.summary = summary;
  }

  /** values[col] −= factor × value (mod p), queuing col. */
  subtract(col: number, factor: number, value: number): void {
    if (col >= this.values.length) this.grow(col);
    const next = (this.values[col] as number) - mulmod(factor, value);
    this.values[col] = next < 0 ? next + PRIME : next;
    const word = col >>> 5;
    const bit = 1 << (col & 31);
    const current = this.bits[word] as number;
    if (current & bit) return;
    if (current === 0) this.summary[word >>> 5] = (this.summary[word >>> 5] as number) | (1 << (word & 31));
    this.bits[word] = current | bit;
    if (this.size++ === 0 || col < this.cursor) this.cursor = col;
  }

  /** The smallest queued column (−1 when none), taken out of the queue; its value stays in `values` until cleared. */
  pop(): number {
    if (this.size === 0) return -1;
    const { bits, summary } = this;
    let word = this.cursor >>> 5;
    let rest = (bits[word] as number) & (-1 << (this.cursor & 31));
    if (rest === 0) {
      // the next word with a queued column, from the summary
      let group = (word + 1) >>> 5;
      let mask = (word + 1) & 31 ? (summary[group] as number) & (-1 << ((word + 1) & 31)) : (summary[group] as number);
      while (mask === 0) mask = summary[++group] as number;
      word = (group << 5) | (31 - Math.clz32(mask & -mask));
      rest = bits[word] as number;
    }
    const low = rest & -rest;
    const col = (word << 5) | (31 - Math.clz32(low));
    const left = (bits[word] as number) & ~low;
    bits[word] = left;
    if (left === 0) summary[word >>> 5] = (summary[word >>> 5] as number) & ~(1 << (word & 31));
    this.size--;
    this.cursor = col + 1;
    return col;
  }

  /** The non-zero values left, by increasing column, times `factor`, appended to `into` (dropped without it); empties the workspace. */
  drain(first: number, factor: number, into?: Arena): void {
    for (let col = first; col >= 0; col = this.pop()) {
      const value = this.values[col] as number;
      this.values[col] = 0;
      if (value === 0 || !into) continue;
      into.push(col, mulmod(value, factor));
    }
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

  /** The non-zero coefficients by increasing id, times `factor`, appended to `into` (dropped without it); empties it. */
  take(factor: number, into?: Arena): void {
    // sorted as integers (a typed array sorts numerically); an id touched twice is read once, then 0
    const ids = Int32Array.from(this.touched).sort();
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      const value = this.values[id] as number;
      if (value === 0) continue;
      this.values[id] = 0;
      into?.push(id, mulmod(value, factor));
    }
    this.touched = [];
  }
}

export class ModularRowSpace {
  /** pivot rows (row whose smallest column is the pivot, with coefficient 1 there) and their sources (coefficient of each original equation) */
  private readonly rows = new Arena();
  private readonly sources = new Arena();
  /** by pivot column: where its row and its source start in the arenas (−1: no pivot); each ends where the next one added starts */
  private rowStart = new Int32Array(64).fill(-1);
  private rowEnd = new Int32Array(64);
  private sourceStart = new Int32Array(64);
  private sourceEnd = new Int32Array(64);
  private width = 0;
  private count = 0;
  private readonly work = new Workspace();
  private readonly source = new Combination();
  private readonly scratch = new Arena();

  get rank(): number {
    return this.count;
  }

  private hasPivot(col: number): boolean {
    return col < this.width && (this.rowStart[col] as number) >= 0;
  }

  /** Reduces the workspace by the pivot rows, smallest column first, until a column without pivot (returned) or nothing (−1). */
  private reduce(sign: number): number {
    const { work, source, rowStart, rowEnd, sourceStart, sourceEnd } = this;
    const { cols, vals } = this.rows;
    const { cols: sourceCols, vals: sourceVals } = this.sources;
    for (let col = work.pop(); col >= 0; col = work.pop()) {
      const factor = work.values[col] as number;
      if (factor === 0) continue;
      if (!this.hasPivot(col)) return col;
      work.values[col] = 0;
      for (let i = (rowStart[col] as number) + 1; i < (rowEnd[col] as number); i++) work.subtract(cols[i] as number, factor, vals[i] as number);
      const signed = sign === 1 ? factor : PRIME - factor;
      for (let i = sourceStart[col] as number; i < (sourceEnd[col] as number); i++) source.add(sourceCols[i] as number, signed, sourceVals[i] as number);
    }
    return -1;
  }

  /**
   * Adds equation `id`, its columns and coefficients (already in Z/pZ, each column once) in the
   * first `length` places of `cols` and `values`; returns false when it was dependent.
   */
  add(id: number, cols: ArrayLike<number>, values: ArrayLike<number>, length: number): boolean {
    for (let i = 0; i < length; i++) this.work.subtract(cols[i] as number, PRIME - 1, values[i] as number);
    this.source.add(id, 1, 1);
    const col = this.reduce(-1);
    if (col < 0) {
      this.source.take(1);
      return false;
    }
    const factor = inverse(this.work.values[col] as number);
    if (col >= this.width) {
      this.rowStart = ensure(this.rowStart, col, -1);
      this.rowEnd = ensure(this.rowEnd, col, 0);
      this.sourceStart = ensure(this.sourceStart, col, 0);
      this.sourceEnd = ensure(this.sourceEnd, col, 0);
      this.width = col + 1;
    }
    this.rowStart[col] = this.rows.length;
    this.work.drain(col, factor, this.rows);
    this.rowEnd[col] = this.rows.length;
    this.sourceStart[col] = this.sources.length;
    this.source.take(factor, this.sources);
    this.sourceEnd[col] = this.sources.length;
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
    for (let col = 0; col < width; col++) x[col] = this.hasPivot(col) ? 0 : next();
    const { cols, vals } = this.rows;
    for (let col = Math.min(width, this.width) - 1; col >= 0; col--) {
      if (!this.hasPivot(col)) continue;
      let sum = 0;
      for (let i = (this.rowStart[col] as number) + 1; i < (this.rowEnd[col] as number); i++) sum = (sum + mulmod(vals[i] as number, x[cols[i] as number] as number)) % PRIME;
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
    const taken = this.scratch;
    taken.length = 0;
    this.source.take(1, taken);
    const result: SparseRow = new Map();
    for (let i = 0; i < taken.length; i++) result.set(taken.cols[i] as number, taken.vals[i] as number);
    return result;
  }
}
