import { GroupAuditor, type Recoverable } from './auditGroup.js';
import { describeCell } from './describeCell.js';
import { MaskState, type MaskReason } from './maskState.js';
import type { SecrecyCells } from './secrecyCells.js';
import { TimePoints, type Cut } from './timePoints.js';

export type { MaskReason } from './maskState.js';

export interface MaskResult {
  readonly masked: boolean[];
  readonly reason: (MaskReason | null)[];
  readonly published: boolean[];
  readonly rounds: number;
}

const MAX_ROUNDS = 500;

/** The cells of each count group (indices into `cells`). */
export function groupMembers(cells: SecrecyCells): Map<string, number[]> {
  const members = new Map<string, number[]>();
  cells.group.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  return members;
}

/**
 * Primary masks (counts from 1 to 10), then until the audit finds no protected cell that the
 * published ones determine: for each recoverable cell, the running total at one time point of the
 * deduction is freed (TimePoints.cheapestCut): every published non-zero cell of that territory
 * that starts or ends there is masked, and since a zero is never masked by choice (zeros are
 * published; a hidden count that the published ones give as 0 is no secret, see auditGroup), the
 * point is freed with every point that published zeros tie to it. The point is chosen in the
 * finest territory first, then with the smallest counts hidden, so that a national or régional
 * figure stays published whenever a zone or département protects as well.
 * Every cell is one decision for all the rows, indicators, levels and periods that show its count.
 * Each round audits again only the count groups where a mask was added (GroupAuditor keeps what
 * does not depend on the masks). Throws if it does not converge.
 */
export function maskCells(cells: SecrecyCells, onRound?: (round: number, recoverable: number) => void): MaskResult {
  const state = new MaskState(cells);
  const { masked, published } = state;
  const members = groupMembers(cells);
  const points = new TimePoints(cells);
  const auditors = new Map([...members].map(([group, list]) => [group, new GroupAuditor(cells, list)]));
  const pending = new Map<string, Recoverable[]>();
  // each auditor node's time point (−1: no cell starts or ends there), resolved once per count group
  const nodePoints = new Map<string, Int32Array>();
  const pointsOfNodes = (group: string): Int32Array => {
    let map = nodePoints.get(group);
    if (!map) {
      const { nodeGeo, nodeT } = auditors.get(group) as GroupAuditor;
      map = new Int32Array(nodeGeo.length);
      for (let n = 0; n < map.length; n++) map[n] = points.find(group, nodeGeo[n] as string, nodeT[n] as string) ?? -1;
      nodePoints.set(group, map);
    }
    return map;
  };
  let dirty = new Set(members.keys());
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    for (const group of state.takeChangedGroups()) dirty.add(group);
    for (const group of dirty) pending.set(group, (auditors.get(group) as GroupAuditor).audit(published, masked));
    const recoverable = [...pending.values()].flat();
    onRound?.(round, recoverable.length);
    if (recoverable.length === 0) return { masked, reason: state.reason, published, rounds: round };
    dirty = new Set();
    state.round = round;
    const hidden = new Set<number>();
    const apply = (cut: Cut): void => {
      for (const point of cut.points) hidden.add(point);
      for (const c of cut.cells) state.mask(c, 'secondaire');
    };
    for (const r of recoverable) {
      const group = cells.group[r.cell] as string;
      const map = pointsOfNodes(group);
      const keys: number[] = [];
      for (const n of r.nodes) if ((map[n] as number) >= 0) keys.push(map[n] as number);
      if (keys.some((k) => hidden.has(k))) continue;
      // no class frees a point of the deduction: free a point along the published cells that give it away
      const cut = points.cheapestCut(keys, published) ?? points.cheapestCut(r.giveaway().flatMap((c) => [points.from[c] as number, points.to[c] as number]), published);
      if (!cut) {
        // a mask added earlier in this round to this count may have cut the deduction: audit again next round
        if (state.changedSinceTaken(group)) continue;
        throw new Error(
          `Secret statistique : la cellule « ${describeCell(cells, r.cell)} » est déductible mais aucune cellule publiée ne peut être masquée pour la protéger ` +
            `(attendu : au moins une). Signalez ce cas à l'équipe Vigie ; la publication précédente reste en place.`,
        );
      }
      apply(cut);
      // a cut in a zone of a hierarchy equation at time t: each time point that published zeros tie to
      // (ancestor, t) gives the same deduction again, so the zone is cut there too in this round
      // (else one such point a round, and a round is an audit of the whole count)
      const point = cut.points[0] as number;
      const [geo, t] = [points.geoOf[point] as string, points.tOf[point] as string];
      const ancestors = cells.zoneAncestors.get(geo) ?? [];
      for (const k of keys) {
        if (points.tOf[k] !== t || !ancestors.includes(points.geoOf[k] as string)) continue;
        for (const other of points.zeroClass(k, published)) {
          const twin = points.find(group, geo, points.tOf[other] as string);
          const more = twin === undefined || hidden.has(twin) ? undefined : points.cheapestCut([twin], published);
          if (more) apply(more);
        }
      }
    }
  }
  throw new Error(
    `Secret statistique : le masquage ne converge pas après ${MAX_ROUNDS} tours (attendu : aucune cellule masquée déductible). ` +
      `Signalez ce cas à l'équipe Vigie ; la publication précédente reste en place.`,
  );
}
