/**
 * An independent check of the audit, for tests on small instances: every count of every zone and
 * every day is an unknown, every published cell is the exact sum of its zones' days, and a masked
 * cell is recoverable iff its own sum is a rational combination of the published sums (fraction-free
 * Gaussian elimination over BigInt, no modular arithmetic, no time points, no union-find).
 */
export interface BruteCell {
  /** the zones the cell adds up */
  readonly zones: readonly string[];
  /** first and last day indices, inclusive */
  readonly first: number;
  readonly last: number;
}

type Row = Map<number, bigint>;

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function normalise(row: Row): void {
  let g = 0n;
  for (const v of row.values()) g = gcd(g, v);
  if (g > 1n) for (const [k, v] of row) row.set(k, v / g);
}

export class BruteForceSpace {
  private readonly basis: { pivot: number; row: Row }[] = [];
  private readonly zoneIndex = new Map<string, number>();

  constructor(private readonly days: number) {}

  private vector(cell: BruteCell): Row {
    const row: Row = new Map();
    for (const zone of cell.zones) {
      let z = this.zoneIndex.get(zone);
      if (z === undefined) {
        z = this.zoneIndex.size;
        this.zoneIndex.set(zone, z);
      }
      for (let d = cell.first; d <= cell.last; d++) row.set(z * this.days + d, (row.get(z * this.days + d) ?? 0n) + 1n);
    }
    return row;
  }

  private reduce(row: Row): void {
    for (const { pivot, row: b } of this.basis) {
      const v = row.get(pivot);
      if (v === undefined) continue;
      const p = b.get(pivot) as bigint;
      for (const [k, x] of row) row.set(k, x * p);
      for (const [k, x] of b) {
        const next = (row.get(k) ?? 0n) - x * v;
        if (next === 0n) row.delete(k);
        else row.set(k, next);
      }
      normalise(row);
    }
  }

  add(cell: BruteCell): void {
    const row = this.vector(cell);
    this.reduce(row);
    if (row.size === 0) return;
    const pivot = Math.min(...row.keys());
    // keep the basis reduced at the new pivot, so that later reductions stay exact in one pass
    for (const entry of this.basis) {
      const v = entry.row.get(pivot);
      if (v === undefined) continue;
      const p = row.get(pivot) as bigint;
      for (const [k, x] of entry.row) entry.row.set(k, x * p);
      for (const [k, x] of row) {
        const next = (entry.row.get(k) ?? 0n) - x * v;
        if (next === 0n) entry.row.delete(k);
        else entry.row.set(k, next);
      }
      normalise(entry.row);
    }
    this.basis.push({ pivot, row });
  }

  determines(cell: BruteCell): boolean {
    const row = this.vector(cell);
    this.reduce(row);
    return row.size === 0;
  }
}
