import { LEVEL_RANK, type SecrecyCells, type SecrecyLevel } from './secrecyCells.js';

/** A way to make the running total at some time points unknown: the cells to mask, the points it frees. */
export interface Cut {
  readonly points: readonly number[];
  readonly cells: readonly number[];
  /** territory level first (a zone before a département…), then the counts hidden */
  readonly score: readonly [number, number];
}

export const betterScore = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/**
 * The time points of each count group in each territory (`group`, `geo`, `t`), numbered, with the
 * cells that start or end at each (the ends of a cell are its two points).
 */
export class TimePoints {
  /** point id by group, territory and time (nested maps: no key text built per lookup) */
  private readonly ids = new Map<string, Map<string, Map<string, number>>>();
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** level rank of each point's territory */
  private readonly level: number[] = [];
  /** territory and time of each point */
  readonly geoOf: string[] = [];
  readonly tOf: string[] = [];
  /** the origin of its group (every running total is 0 there): never freed */
  private readonly origin: boolean[] = [];
  /** cells at each point (CSR: cellsAt[start[p] … start[p + 1]]) */
  private readonly start: Int32Array;
  private readonly cellsAt: Int32Array;
  /** points visited by the last search, by search number (no clearing between searches) */
  private readonly seen: Int32Array;
  private search = 0;

  constructor(private readonly cells: SecrecyCells) {
    const n = cells.group.length;
    const origins = new Map<string, string>();
    cells.group.forEach((g, c) => {
      const o = origins.get(g);
      if (o === undefined || (cells.from[c] as string) < o) origins.set(g, cells.from[c] as string);
    });
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
    for (let c = 0; c < n; c++) {
      this.from[c] = this.point(cells, c, cells.from[c] as string, origins);
      this.to[c] = this.point(cells, c, cells.to[c] as string, origins);
    }
    const size = this.level.length;
    const start = new Int32Array(size + 1);
    for (let c = 0; c < n; c++) {
      start[(this.from[c] as number) + 1] = (start[(this.from[c] as number) + 1] as number) + 1;
      start[(this.to[c] as number) + 1] = (start[(this.to[c] as number) + 1] as number) + 1;
    }
    for (let p = 0; p < size; p++) start[p + 1] = (start[p + 1] as number) + (start[p] as number);
    const fill = start.slice(0, size);
    this.cellsAt = new Int32Array(start[size] as number);
    for (let c = 0; c < n; c++) {
      for (const p of [this.from[c] as number, this.to[c] as number]) {
        this.cellsAt[fill[p] as number] = c;
        fill[p] = (fill[p] as number) + 1;
      }
    }
    this.start = start;
    this.seen = new Int32Array(size);
  }

  private point(cells: SecrecyCells, c: number, t: string, origins: Map<string, string>): number {
    const group = cells.group[c] as string;
    const geo = cells.geo[c] as string;
    let byGeo = this.ids.get(group);
    if (!byGeo) this.ids.set(group, (byGeo = new Map()));
    let byT = byGeo.get(geo);
    if (!byT) byGeo.set(geo, (byT = new Map()));
    let id = byT.get(t);
    if (id === undefined) {
      id = this.level.length;
      byT.set(t, id);
      this.level.push(LEVEL_RANK[(cells.geo[c] as string).split(':')[0] as SecrecyLevel]);
      this.geoOf.push(cells.geo[c] as string);
      this.tOf.push(t);
      this.origin.push(origins.get(cells.group[c] as string) === t);
    }
    return id;
  }

  /** The point of a group, territory and time, if some cell starts or ends there. */
  find(group: string, geo: string, t: string): number | undefined {
    return this.ids.get(group)?.get(geo)?.get(t);
  }

  isOrigin(p: number): boolean {
    return this.origin[p] as boolean;
  }

  /** The points that published zeros tie to `point` (itself included), in its territory. */
  zeroClass(point: number, published: readonly boolean[]): number[] {
    return this.zeroTies(point, published, false) as number[];
  }

  /**
   * zeroClass, marked in `seen` under the new search number `this.search`; with `stopAtOrigin`,
   * undefined as soon as the class holds an origin. The cells at each point are read in place, by
   * index (a subarray view and its iterator per point cost more).
   */
  private zeroTies(point: number, published: readonly boolean[], stopAtOrigin: boolean): number[] | undefined {
    const { cells, start, cellsAt, from, to, seen, origin } = this;
    const mark = ++this.search;
    seen[point] = mark;
    const queue = [point];
    for (let i = 0; i < queue.length; i++) {
      const p = queue[i] as number;
      for (let k = start[p] as number; k < (start[p + 1] as number); k++) {
        const c = cellsAt[k] as number;
        if (!published[c] || cells.count[c] !== 0) continue;
        const other = from[c] === p ? (to[c] as number) : (from[c] as number);
        if (seen[other] === mark) continue;
        if (stopAtOrigin && origin[other]) return undefined;
        seen[other] = mark;
        queue.push(other);
      }
    }
    return queue;
  }

  /**
   * The cut that frees the running total at one of `points` at least cost, in the finest territory:
   * the class of points that published zeros join to the point (a zero stays published, so it
   * keeps tying the points it joins), and the open cells (published, not zero) that leave the class.
   * A point without published zeros is a class alone: its cut is every open cell that starts or
   * ends there. A class that holds the origin cannot be freed.
   */
  cheapestCut(points: Iterable<number>, published: readonly boolean[]): Cut | undefined {
    const { cells, start, cellsAt } = this;
    let best: Cut | undefined;
    for (const point of points) {
      if (this.origin[point]) continue;
      const queue = this.zeroTies(point, published, true);
      if (!queue) continue;
      const mark = this.search;
      const leaving: number[] = [];
      let weight = 0;
      for (const p of queue) {
        for (let k = start[p] as number; k < (start[p + 1] as number); k++) {
          const c = cellsAt[k] as number;
          if (!published[c] || cells.count[c] === 0) continue;
          const other = this.from[c] === p ? (this.to[c] as number) : (this.from[c] as number);
          if (this.seen[other] === mark) continue;
          leaving.push(c);
          weight += cells.count[c] ?? 0;
        }
      }
      if (leaving.length === 0) continue;
      const score = [this.level[point] as number, weight] as const;
      if (!best || betterScore(score, best.score)) best = { points: queue, cells: leaving, score };
    }
    return best;
  }
}
