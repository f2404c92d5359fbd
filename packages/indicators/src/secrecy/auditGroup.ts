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
  /** the time points (the auditor's nodes: nodeGeo, nodeT) whose running totals the deduction uses */
  readonly nodes: readonly number[];
  /** the published cells that give it away (computed on demand: a search per territory) */
  giveaway(): number[];
}

/** A hierarchy equation Y(ancestor, t) = Σ Y(zone, t), on time points (node ids). */
interface Equation {
  readonly ancestor: string;
  readonly t: string;
  readonly ancestorNode: number;
  readonly zoneNodes: readonly number[];
}

const ZERO = 0;

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
 *
 * What does not depend on the masks (time points, equations) is prepared once; `audit` can then be
 * called round after round with other published and protected cells (maskCells).
 */
export class GroupAuditor {
  /** time point (node) of each end of each member, by position in `members` */
  private readonly nodeFrom: Int32Array;
  private readonly nodeTo: Int32Array;
  /** territory and time of each node (node 0 is ZERO, the known total 0) */
  readonly nodeGeo: string[] = [''];
  readonly nodeT: string[] = [''];
  /** nodes whose running total the reader knows: the origin, a time point where no cell of the territory starts or ends */
  private readonly known: Uint8Array;
  private readonly origin: string;
  private readonly originNodes = new Map<string, number>();
  private readonly zonesOf = new Map<string, string[]>();
  private readonly equations: Equation[] = [];
  /**
   * The hierarchy rows' working arrays, by node, kept from one audit to the next (maskCells audits a
   * group round after round): each root's column in order of first use (−1: none), the row being
   * built (dense by column, back to 0 after each equation), the columns it touched, its non-zero entries.
   */
  private rows?: { columnOf: Int32Array; rowValue: Float64Array; touched: Int32Array; cols: Int32Array; values: Float64Array };
  /** territory of each node (−1 for ZERO) and of each member, numbered from 0: a published cell joins two nodes of its own territory */
  private readonly nodeTerritory: Int32Array;
  private readonly memberTerritory: Int32Array;
  private readonly territories: number;
  /**
   * The union-find of the last audit, kept for the next one: parent and offset of each node, and
   * whether each member was published then. Masks only take published cells away, and a published
   * cell only joins nodes of its own territory (or ZERO), so the next audit rebuilds only the
   * territories where a member changed; the components elsewhere are the same.
   */
  private unionFind?: { parent: Int32Array; diff: Float64Array; chain: Int32Array; joined: Uint8Array };

  constructor(
    private readonly cells: SecrecyCells,
    private readonly members: readonly number[],
    withHierarchy = true,
  ) {
    let origin = members.length > 0 ? (cells.from[members[0] as number] as string) : '';
    for (const c of members) if ((cells.from[c] as string) < origin) origin = cells.from[c] as string;
    this.origin = origin;
    // node id by territory and time (nested maps: no key text built per lookup)
    const ids = new Map<string, Map<string, number>>();
    const knownList: number[] = [1];
    const territoryOf = new Map<string, number>();
    const nodeTerritory: number[] = [-1];
    const territory = (geo: string): number => {
      let k = territoryOf.get(geo);
      if (k === undefined) territoryOf.set(geo, (k = territoryOf.size));
      return k;
    };
    const node = (geo: string, t: string, known = false): number => {
      let byT = ids.get(geo);
      if (!byT) ids.set(geo, (byT = new Map()));
      let id = byT.get(t);
      if (id === undefined) {
        id = this.nodeGeo.length;
        byT.set(t, id);
        this.nodeGeo.push(geo);
        this.nodeT.push(t);
        nodeTerritory.push(territory(geo));
        knownList.push(t === origin || known ? 1 : 0);
        if (t === origin) this.originNodes.set(geo, id);
      }
      return id;
    };
    this.nodeFrom = new Int32Array(members.length);
    this.nodeTo = new Int32Array(members.length);
    this.memberTerritory = new Int32Array(members.length);
    const times = new Set<string>();
    const geos = new Set<string>();
    members.forEach((c, i) => {
      const geo = cells.geo[c] as string;
      this.nodeFrom[i] = node(geo, cells.from[c] as string);
      this.nodeTo[i] = node(geo, cells.to[c] as string);
      this.memberTerritory[i] = territory(geo);
      geos.add(geo);
      if (cells.from[c] !== origin) times.add(cells.from[c] as string);
      times.add(cells.to[c] as string);
    });
    for (const geo of withHierarchy ? geos : []) {
      for (const ancestor of cells.zoneAncestors.get(geo) ?? []) {
        if (!geos.has(ancestor)) continue;
        const list = this.zonesOf.get(ancestor);
        if (list) list.push(geo);
        else this.zonesOf.set(ancestor, [geo]);
      }
    }
    // time by time, départements before régions before FR: rows stay sparse during elimination
    const rank = (geo: string) => ['departement', 'region', 'national'].indexOf(geo.split(':')[0] as string);
    const ancestors = [...this.zonesOf].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
    for (const t of [...times].sort()) {
      for (const [ancestor, zones] of ancestors) {
        this.equations.push({ ancestor, t, ancestorNode: node(ancestor, t, true), zoneNodes: zones.map((z) => node(z, t, true)) });
      }
    }
    this.known = Uint8Array.from(knownList);
    this.nodeTerritory = Int32Array.from(nodeTerritory);
    this.territories = territoryOf.size;
  }

  /**
   * The protected members that the published ones determine (a count given as 0 is no secret, except a merged stock).
   * A recoverable's giveaway() reads this auditor's state: call it before the next audit of the same auditor.
   */
  audit(published: ArrayLike<boolean>, protect: ArrayLike<boolean>): Recoverable[] {
    const { cells, members, nodeFrom, nodeTo, nodeGeo, nodeT, origin, known, nodeTerritory, memberTerritory } = this;
    if (members.length === 0) return [];
    const size = nodeGeo.length;
    // weighted union-find: Y(x) = Y(parent[x]) + diff[x] (mod p); ZERO (Y = 0) always stays a root.
    // Which node is the root of a component changes the offsets, not what the audit finds: each
    // equation's right-hand side moves with them, and a deduction's value is the same (mod p).
    const first = this.unionFind === undefined;
    this.unionFind ??= { parent: new Int32Array(size), diff: new Float64Array(size), chain: new Int32Array(size), joined: new Uint8Array(members.length) };
    const { parent, diff, chain, joined } = this.unionFind;
    /** the root of x; compresses the path, so that afterwards diff[x] = Y(x) − Y(root) unless x is the root */
    const find = (x: number): number => {
      let r = x;
      let depth = 0;
      while (parent[r] !== r) {
        chain[depth++] = r;
        r = parent[r] as number;
      }
      for (let i = depth - 2; i >= 0; i--) {
        const n = chain[i] as number;
        const p = parent[n] as number;
        diff[n] = ((diff[n] as number) + (diff[p] as number)) % PRIME;
        parent[n] = r;
      }
      return r;
    };
    /** Y(x) − Y(root), right after find(x) returned root (find leaves x right under its root: no second search) */
    const offset = (x: number, root: number): number => (x === root ? 0 : (diff[x] as number));
    // the territories to build: every one at the first audit, then those where a member was published and no longer is (or the converse)
    const rebuild = new Uint8Array(this.territories);
    let any = first;
    for (let i = 0; i < members.length; i++) {
      const now = published[members[i] as number] ? 1 : 0;
      if (first || now !== joined[i]) {
        rebuild[memberTerritory[i] as number] = 1;
        any = true;
      }
      joined[i] = now;
    }
    if (any) {
      for (let n = 0; n < size; n++) {
        if (n === ZERO || (!first && rebuild[nodeTerritory[n] as number] === 0)) continue;
        parent[n] = known[n] ? ZERO : n;
        diff[n] = 0;
      }
    }
    for (let i = 0; any && i < members.length; i++) {
      const c = members[i] as number;
      if (!published[c] || rebuild[memberTerritory[i] as number] === 0) continue;
      // records Y(b) − Y(a) = d
      const a = nodeFrom[i] as number;
      const b = nodeTo[i] as number;
      const d = modular(Math.round(cells.count[c] ?? 0));
      const ra = find(a);
      const rb = find(b);
      if (ra === rb) continue;
      const pa = offset(a, ra);
      const pb = offset(b, rb);
      if (rb === ZERO) {
        parent[ra] = rb;
        diff[ra] = modular(pb - d - pa);
      } else {
        parent[rb] = ra;
        diff[rb] = modular(pa + d - pb);
      }
    }

    // each root's column, numbered in the order the equations first meet it
    this.rows ??= { columnOf: new Int32Array(size), rowValue: new Float64Array(size), touched: new Int32Array(size), cols: new Int32Array(size), values: new Float64Array(size) };
    const { columnOf, rowValue, touched, cols: rowCols, values: rowVals } = this.rows;
    columnOf.fill(-1);
    let width = 0;
    const space = new ModularRowSpace();
    const used: { equation: Equation; rhs: number }[] = [];
    let touchedCount = 0;
    let rhs = 0;
    const add = (n: number, coef: number): void => {
      const root = find(n);
      rhs = modular(rhs - coef * offset(n, root));
      if (root === ZERO) return;
      let col = columnOf[root] as number;
      if (col === -1) {
        col = width++;
        columnOf[root] = col;
      }
      const before = rowValue[col] as number;
      if (before === 0) touched[touchedCount++] = col;
      rowValue[col] = (before + coef + PRIME) % PRIME;
    };
    for (const equation of this.equations) {
      rhs = 0;
      touchedCount = 0;
      add(equation.ancestorNode, 1);
      for (const z of equation.zoneNodes) add(z, -1);
      // the non-zero columns (a column back to 0 may be listed twice: read once, then cleared)
      let length = 0;
      for (let k = 0; k < touchedCount; k++) {
        const col = touched[k] as number;
        const value = rowValue[col] as number;
        if (value === 0) continue;
        rowValue[col] = 0;
        rowCols[length] = col;
        rowVals[length++] = value;
      }
      if (length === 0) continue;
      used.push({ equation, rhs });
      space.add(used.length - 1, rowCols, rowVals, length);
    }

    // the published members at each node (by position in `members`, in that order), for explanations
    // only: built on first use, as arrays (CSR: edgeList[edgeStart[n] … edgeStart[n + 1]]), not a Map of lists
    let edgeStart: Int32Array | undefined;
    let edgeList: Int32Array | undefined;
    const buildEdges = (): void => {
      const start = new Int32Array(size + 1);
      for (let i = 0; i < members.length; i++) {
        if (!published[members[i] as number]) continue;
        start[(nodeFrom[i] as number) + 1] = (start[(nodeFrom[i] as number) + 1] as number) + 1;
        start[(nodeTo[i] as number) + 1] = (start[(nodeTo[i] as number) + 1] as number) + 1;
      }
      for (let n = 0; n < size; n++) start[n + 1] = (start[n + 1] as number) + (start[n] as number);
      const fill = start.slice(0, size);
      const list = new Int32Array(start[size] as number);
      for (let i = 0; i < members.length; i++) {
        if (!published[members[i] as number]) continue;
        for (const end of [nodeFrom[i] as number, nodeTo[i] as number]) {
          list[fill[end] as number] = i;
          fill[end] = (fill[end] as number) + 1;
        }
      }
      edgeStart = start;
      edgeList = list;
    };
    const path = (from: number, targets: readonly number[]): number[] => {
      if (!edgeStart) buildEdges();
      const starts = edgeStart as Int32Array;
      const list = edgeList as Int32Array;
      const wanted = new Set(targets.filter((t) => t !== from));
      const previous = new Map<number, [number, number]>();
      const queue = [from];
      const seen = new Set([from]);
      for (let q = 0; q < queue.length && wanted.size > 0; q++) {
        const n = queue[q] as number;
        for (let k = starts[n] as number; k < (starts[n + 1] as number); k++) {
          const p = list[k] as number;
          const other = nodeFrom[p] === n ? (nodeTo[p] as number) : (nodeFrom[p] as number);
          if (seen.has(other)) continue;
          seen.add(other);
          previous.set(other, [members[p] as number, n]);
          wanted.delete(other);
          queue.push(other);
        }
      }
      const usedCells = new Set<number>();
      for (const t of targets) {
        for (let n = t; n !== from; ) {
          const step = previous.get(n);
          if (!step) break;
          usedCells.add(step[0]);
          n = step[1];
        }
      }
      return [...usedCells];
    };
    const originNode = (geo: string): number => this.originNodes.get(geo) ?? -1;

    const explain = (c: number, i: number, combination: SparseRow): number[] => {
      const involved = new Map<string, Set<number>>();
      const involve = (n: number): void => {
        const geo = nodeGeo[n] as string;
        const set = involved.get(geo);
        if (set) set.add(n);
        else involved.set(geo, new Set([n]));
      };
      involve(nodeFrom[i] as number);
      involve(nodeTo[i] as number);
      for (const id of combination.keys()) {
        const { equation } = used[id] as { equation: Equation };
        involve(equation.ancestorNode);
        for (const z of equation.zoneNodes) involve(z);
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

    // a kernel vector separates most pairs of offsets that the equations do not tie (exact when it does; see kernelVector)
    const kernel = space.kernelVector(width);
    const signature = (root: number): number => (root === ZERO ? 0 : (kernel[columnOf[root] as number] as number));
    const recoverable: Recoverable[] = [];
    for (let i = 0; i < members.length; i++) {
      const c = members[i] as number;
      if (!protect[c]) continue;
      const from = nodeFrom[i] as number;
      const to = nodeTo[i] as number;
      const ra = find(from);
      const rb = find(to);
      // two components tied by no equation, or that the kernel vector tells apart: not determined
      if (ra !== rb && ((ra !== ZERO && columnOf[ra] === -1) || (rb !== ZERO && columnOf[rb] === -1) || signature(ra) !== signature(rb))) continue;
      const shift = modular(offset(to, rb) - offset(from, ra));
      // a count the published ones give as 0 is no secret (zeros are published); a merged stock is always reported
      const constant = COUNT_GROUPS[cells.group[c] as CountGroupId].axis === 'constant';
      if (ra === rb && shift === 0 && !constant) continue;
      const geo = cells.geo[c] as string;
      const ends: number[] = [];
      if (nodeT[from] !== origin) ends.push(from);
      if (nodeT[to] !== origin) ends.push(to);
      if (ra === rb) {
        const start = ra === ZERO ? originNode(geo) : from;
        recoverable.push({
          cell: c, direct: true, value: shift, nodes: ends,
          giveaway: () => path(start, [from, to]).filter((g) => g !== c),
        });
        continue;
      }
      const vector: SparseRow = new Map();
      if (rb !== ZERO) vector.set(columnOf[rb] as number, 1);
      if (ra !== ZERO) vector.set(columnOf[ra] as number, PRIME - 1);
      const combination = space.combination(vector);
      if (!combination) continue;
      let value = shift;
      for (const [id, coef] of combination) value = (value + Number((BigInt(coef) * BigInt((used[id] as { rhs: number }).rhs)) % BigInt(PRIME))) % PRIME;
      if (value === 0 && !constant) continue;
      const nodes = ends;
      for (const id of combination.keys()) {
        const { equation } = used[id] as { equation: Equation };
        nodes.push(equation.ancestorNode);
        for (const z of equation.zoneNodes) nodes.push(z);
      }
      recoverable.push({ cell: c, direct: false, value, nodes, giveaway: () => explain(c, i, combination) });
    }
    return recoverable;
  }
}

/** One audit of one count group (see GroupAuditor; maskCells keeps the auditor from round to round). */
export function auditGroup(
  cells: SecrecyCells,
  members: readonly number[],
  published: ArrayLike<boolean>,
  protect: ArrayLike<boolean>,
  withHierarchy = true,
): Recoverable[] {
  return new GroupAuditor(cells, members, withHierarchy).audit(published, protect);
}
