import { COUNT_GROUPS, type CountGroupId } from './countGroups.js';
import { ModularRowSpace, modular, PRIME, type SparseRow } from './modularRowSpace.js';
import type { SecrecyCells } from './secrecyCells.js';

/** A protected cell that the published cells determine, and the published cells that give it. */
export interface Recoverable {
  readonly cell: number;
  /** determined by the published cells of its own territory alone (a path of published spans) */
  readonly direct: boolean;
  /** the count the published cells give for it (modulo 2^31 − 1, so the count itself) */
  readonly value: number;
  /** the time points (territory, time) whose running totals the deduction uses */
  readonly points: readonly { readonly geo: string; readonly t: string }[];
  /** the published cells that give it away (computed on demand: a search per territory) */
  giveaway(): number[];
}

/**
 * Which protected cells of one count group the published cells of that group determine exactly.
 *
 * Unknowns: the running total Y(g, t) of the count in territory g up to time point t (Y = 0 at the
 * group's origin). A published cell (g, from, to) makes Y(g, to) − Y(g, from) known: the time
 * points of g joined by published cells form components, each one unknown offset (the component
 * of the origin has offset 0). The hierarchy adds, at every time point t, Y(A, t) = Σ Y(z, t)
 * over the zones z of each département, région and FR A. A protected cell is recoverable iff its
 * two ends are in one component, or the difference of their offsets is a combination of the
 * hierarchy equations (exact elimination modulo a prime, `ModularRowSpace`). Without
 * `withHierarchy`, only the first case (a quick pass over time alone).
 */
export function auditGroup(
  cells: SecrecyCells,
  members: readonly number[],
  published: ArrayLike<boolean>,
  protect: ArrayLike<boolean>,
  withHierarchy = true,
): Recoverable[] {
  if (members.length === 0) return [];
  let origin = cells.from[members[0] as number] as string;
  for (const c of members) if ((cells.from[c] as string) < origin) origin = cells.from[c] as string;

  const ZERO = 0;
  const ids = new Map<string, number>([['', ZERO]]);
  // weighted union-find: Y(x) = Y(parent[x]) + diff[x] (mod p); ZERO (Y = 0) always stays a root
  const parent: number[] = [ZERO];
  const diff: number[] = [0];
  const find = (x: number): number => {
    const chain: number[] = [];
    let r = x;
    while (parent[r] !== r) {
      chain.push(r);
      r = parent[r] as number;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const n = chain[i] as number;
      const p = parent[n] as number;
      if (p !== r) diff[n] = ((diff[n] as number) + (diff[p] as number)) % PRIME;
      parent[n] = r;
    }
    return r;
  };
  /** Y(x) − Y(root of x) */
  const potential = (x: number): number => {
    find(x);
    return parent[x] === x ? 0 : (diff[x] as number);
  };
  /** records Y(b) − Y(a) = d */
  const union = (a: number, b: number, d: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const [pa, pb] = [potential(a), potential(b)];
    if (rb === ZERO) {
      parent[ra] = rb;
      diff[ra] = modular(pb - d - pa);
    } else {
      parent[rb] = ra;
      diff[rb] = modular(pa + d - pb);
    }
  };
  /** a time point; one that no cell starts or ends at is one the reader knows (the zone was not in scope then) */
  const node = (geo: string, t: string, known = false): number => {
    const key = `${geo}\u0001${t}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = parent.length;
      ids.set(key, id);
      parent.push(t === origin || known ? ZERO : id);
      diff.push(0);
    }
    return id;
  };

  const nodeFrom = new Map<number, number>();
  const nodeTo = new Map<number, number>();
  const adjacency = new Map<number, number[]>();
  const times = new Set<string>();
  const geos = new Set<string>();
  for (const c of members) {
    const geo = cells.geo[c] as string;
    const [a, b] = [node(geo, cells.from[c] as string), node(geo, cells.to[c] as string)];
    nodeFrom.set(c, a);
    nodeTo.set(c, b);
    geos.add(geo);
    if (cells.from[c] !== origin) times.add(cells.from[c] as string);
    times.add(cells.to[c] as string);
    if (!published[c]) continue;
    for (const n of [a, b]) {
      const list = adjacency.get(n);
      if (list) list.push(c);
      else adjacency.set(n, [c]);
    }
  }
  // BFS must stay inside a territory: the origin node of each territory joins ZERO only through `find`.
  const originNode = (geo: string): number => ids.get(`${geo}\u0001${origin}`) ?? -1;
  for (const c of members) if (published[c]) union(nodeFrom.get(c) as number, nodeTo.get(c) as number, modular(Math.round(cells.count[c] ?? 0)));

  const zonesOf = new Map<string, string[]>();
  for (const geo of withHierarchy ? geos : []) {
    for (const ancestor of cells.zoneAncestors.get(geo) ?? []) {
      if (!geos.has(ancestor)) continue;
      const list = zonesOf.get(ancestor);
      if (list) list.push(geo);
      else zonesOf.set(ancestor, [geo]);
    }
  }
  const columns = new Map<number, number>();
  const column = (root: number): number => {
    let col = columns.get(root);
    if (col === undefined) {
      col = columns.size;
      columns.set(root, col);
    }
    return col;
  };
  const space = new ModularRowSpace();
  const equations: { ancestor: string; t: string; rhs: number }[] = [];
  const sortedTimes = [...times].sort();
  // time by time, départements before régions before FR: rows stay sparse during elimination
  const rank = (geo: string) => ['departement', 'region', 'national'].indexOf(geo.split(':')[0] as string);
  const ancestors = [...zonesOf].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
  for (const t of sortedTimes) {
    for (const [ancestor, zones] of ancestors) {
      const row: SparseRow = new Map();
      let rhs = 0;
      const add = (n: number, coef: number): void => {
        const root = find(n);
        rhs = modular(rhs - coef * potential(n));
        if (root === ZERO) return;
        const col = column(root);
        const value = ((row.get(col) ?? 0) + coef + PRIME) % PRIME;
        if (value === 0) row.delete(col);
        else row.set(col, value);
      };
      add(node(ancestor, t, true), 1);
      for (const z of zones) add(node(z, t, true), -1);
      if (row.size === 0) continue;
      equations.push({ ancestor, t, rhs });
      space.add(equations.length - 1, row);
    }
  }

  const path = (from: number, targets: readonly number[]): number[] => {
    const wanted = new Set(targets.filter((t) => t !== from));
    const previous = new Map<number, [number, number]>();
    const queue = [from];
    const seen = new Set([from]);
    for (let i = 0; i < queue.length && wanted.size > 0; i++) {
      const n = queue[i] as number;
      for (const c of adjacency.get(n) ?? []) {
        const other = nodeFrom.get(c) === n ? (nodeTo.get(c) as number) : (nodeFrom.get(c) as number);
        if (seen.has(other)) continue;
        seen.add(other);
        previous.set(other, [c, n]);
        wanted.delete(other);
        queue.push(other);
      }
    }
    const used = new Set<number>();
    for (const t of targets) {
      for (let n = t; n !== from; ) {
        const step = previous.get(n);
        if (!step) break;
        used.add(step[0]);
        n = step[1];
      }
    }
    return [...used];
  };

  const explain = (c: number, combination: SparseRow): number[] => {
    const involved = new Map<string, Set<number>>();
    const involve = (geo: string, n: number): void => {
      const set = involved.get(geo);
      if (set) set.add(n);
      else involved.set(geo, new Set([n]));
    };
    involve(cells.geo[c] as string, nodeFrom.get(c) as number);
    involve(cells.geo[c] as string, nodeTo.get(c) as number);
    for (const id of combination.keys()) {
      const eq = equations[id] as { ancestor: string; t: string };
      involve(eq.ancestor, node(eq.ancestor, eq.t));
      for (const z of zonesOf.get(eq.ancestor) ?? []) involve(z, node(z, eq.t));
    }
    const giveaway = new Set<number>();
    for (const [geo, nodes] of involved) {
      const byRoot = new Map<number, number[]>();
      for (const n of nodes) {
        const root = find(n);
        const list = byRoot.get(root);
        if (list) list.push(n);
        else byRoot.set(root, [n]);
      }
      for (const [root, list] of byRoot) {
        const start = root === ZERO ? originNode(geo) : (list[0] as number);
        if (start < 0 || (root !== ZERO && list.length < 2)) continue;
        for (const cell of path(start, list)) giveaway.add(cell);
      }
    }
    giveaway.delete(c);
    return [...giveaway];
  };

  const recoverable: Recoverable[] = [];
  for (const c of members) {
    if (!protect[c]) continue;
    const [ra, rb] = [find(nodeFrom.get(c) as number), find(nodeTo.get(c) as number)];
    const geo = cells.geo[c] as string;
    const ends = [cells.from[c] as string, cells.to[c] as string].filter((t) => t !== origin).map((t) => ({ geo, t }));
    const axis = COUNT_GROUPS[cells.group[c] as CountGroupId].axis;
    const shift = modular(potential(nodeTo.get(c) as number) - potential(nodeFrom.get(c) as number));
    // a count the published ones give as 0 is no secret (zeros are published); a merged stock is always reported
    const matters = (value: number) => value !== 0 || axis === 'constant';
    if (ra === rb) {
      if (!matters(shift)) continue;
      const start = ra === ZERO ? originNode(geo) : (nodeFrom.get(c) as number);
      recoverable.push({
        cell: c, direct: true, value: shift, points: ends,
        giveaway: () => path(start, [nodeFrom.get(c) as number, nodeTo.get(c) as number]).filter((g) => g !== c),
      });
      continue;
    }
    if ((ra !== ZERO && !columns.has(ra)) || (rb !== ZERO && !columns.has(rb))) continue;
    const vector: SparseRow = new Map();
    if (rb !== ZERO) vector.set(columns.get(rb) as number, 1);
    if (ra !== ZERO) vector.set(columns.get(ra) as number, PRIME - 1);
    const combination = space.combination(vector);
    if (!combination) continue;
    let value = shift;
    for (const [id, coef] of combination) value = (value + Number((BigInt(coef) * BigInt((equations[id] as { rhs: number }).rhs)) % BigInt(PRIME))) % PRIME;
    if (!matters(value)) continue;
    const points = [...ends];
    for (const id of combination.keys()) {
      const eq = equations[id] as { ancestor: string; t: string };
      points.push({ geo: eq.ancestor, t: eq.t });
      for (const z of zonesOf.get(eq.ancestor) ?? []) points.push({ geo: z, t: eq.t });
    }
    recoverable.push({ cell: c, direct: false, value, points, giveaway: () => explain(c, combination) });
  }
  return recoverable;
}
