import { GroupAuditor, type Recoverable } from './auditGroup.js';
import { describeCell } from './describeCell.js';
import { LEVEL_RANK, type SecrecyCells, type SecrecyLevel } from './secrecyCells.js';

/** Why a cell is masked: 1 to 10 (primaire), to protect another (secondaire), or hidden by the other count of its ratio (lie). */
export type MaskReason = 'primaire' | 'secondaire' | 'lie';

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
 * Which cells a row shows, given the masked cells: a cell is published when it is not masked and
 * some row shows it alone or beside an unmasked count. A cell only hidden by the other count of
 * its ratio becomes masked too (`lie`), so that every hidden count is protected.
 */
export function closeMasks(cells: SecrecyCells, masked: boolean[], reason: (MaskReason | null)[]): { published: boolean[]; changed: Set<number> } {
  const changed = new Set<number>();
  for (;;) {
    const published = masked.map((m, i) => !m && (cells.solo[i] as boolean));
    for (const [a, b] of cells.pairs) {
      if (!masked[a] && !masked[b]) {
        published[a] = true;
        published[b] = true;
      }
    }
    let more = false;
    for (const [a, b] of cells.pairs) {
      for (const c of [a, b]) {
        if (!masked[c] && !published[c]) {
          masked[c] = true;
          reason[c] = 'lie';
          changed.add(c);
          more = true;
        }
      }
    }
    if (!more) return { published, changed };
  }
}

/** The cells of each group that start or end at each time point of a territory. */
function incidence(cells: SecrecyCells): Map<string, number[]> {
  const at = new Map<string, number[]>();
  const add = (key: string, c: number): void => {
    const list = at.get(key);
    if (list) list.push(c);
    else at.set(key, [c]);
  };
  for (let c = 0; c < cells.group.length; c++) {
    add(`${cells.group[c]}\u0001${cells.geo[c]}\u0001${cells.from[c]}`, c);
    add(`${cells.group[c]}\u0001${cells.geo[c]}\u0001${cells.to[c]}`, c);
  }
  return at;
}

/** The origin time point of each group in each territory (where every running total is 0): never hidden. */
function originPoints(cells: SecrecyCells): Set<string> {
  const origin = new Map<string, string>();
  cells.group.forEach((g, c) => {
    const from = cells.from[c] as string;
    const o = origin.get(g);
    if (o === undefined || from < o) origin.set(g, from);
  });
  return new Set(cells.group.map((g, c) => `${g}\u0001${cells.geo[c]}\u0001${origin.get(g)}`));
}

/**
 * Primary masks (counts from 1 to 10), then until the audit finds no protected cell that the
 * published ones determine: for each recoverable cell, one time point of the deduction is hidden,
 * i.e. every published cell of that territory that starts or ends there is masked. The point is
 * chosen in the finest territory first, then with the smallest published counts, so that a
 * national or régional figure stays published whenever a zone or département protects as well.
 * A zero is never masked by choice (zeros are published; a hidden count that the published ones
 * give as 0 is no secret, see auditGroup).
 * Every cell is one decision for all the rows, indicators, levels and periods that show its count.
 * Throws if it does not converge.
 */
export function maskCells(cells: SecrecyCells, onRound?: (round: number, recoverable: number) => void): MaskResult {
  const masked = cells.primary.slice();
  const reason: (MaskReason | null)[] = masked.map((m) => (m ? 'primaire' : null));
  const members = groupMembers(cells);
  const at = incidence(cells);
  const origins = originPoints(cells);
  const auditors = new Map([...members].map(([group, list]) => [group, new GroupAuditor(cells, list)]));
  let dirty = new Set(members.keys());
  const pending = new Map<string, Recoverable[]>();
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const { published, changed } = closeMasks(cells, masked, reason);
    for (const c of changed) dirty.add(cells.group[c] as string);
    for (const group of dirty) {
      pending.set(group, (auditors.get(group) as GroupAuditor).audit(published, masked));
    }
    const recoverable = [...pending.values()].flat();
    onRound?.(round, recoverable.length);
    if (recoverable.length === 0) return { masked, reason, published, rounds: round };
    dirty = new Set();
    const hidden = new Set<string>();
    /** the point whose open non-zero cells weigh least, in the finest territory */
    const bestPoint = (keys: readonly string[]): string | undefined => {
      let best: string | undefined;
      let bestScore: [number, number] = [Infinity, Infinity];
      for (const key of keys) {
        const open = (at.get(key) ?? []).filter((c) => published[c] && !masked[c] && cells.count[c] !== 0);
        if (open.length === 0) continue;
        const level = key.split('\u0001')[1]?.split(':')[0] as SecrecyLevel;
        const score: [number, number] = [LEVEL_RANK[level], open.reduce((n, c) => n + (cells.count[c] ?? 0), 0)];
        if (score[0] < bestScore[0] || (score[0] === bestScore[0] && score[1] < bestScore[1])) {
          best = key;
          bestScore = score;
        }
      }
      return best;
    };
    for (const r of recoverable) {
      const group = cells.group[r.cell] as string;
      const keyOf = (geo: string, t: string) => `${group}\u0001${geo}\u0001${t}`;
      const keys = r.points.map((p) => keyOf(p.geo, p.t));
      if (keys.some((k) => hidden.has(k))) continue;
      let best = bestPoint(keys);
      let along: string[] = [];
      if (best === undefined) {
        // only zeros meet the deduction at its own points: hide a point along the published cells that give it away
        along = r.giveaway().flatMap((c) => [keyOf(cells.geo[c] as string, cells.from[c] as string), keyOf(cells.geo[c] as string, cells.to[c] as string)]);
        best = bestPoint(along.filter((k) => !origins.has(k)));
      }
      if (best === undefined) {
        // a point of this deduction lost a published cell earlier in this round: audit again next round
        if ([...keys, ...along].some((k) => (at.get(k) ?? []).some((c) => published[c] && masked[c]))) continue;
        throw new Error(
          `Secret statistique : la cellule « ${describeCell(cells, r.cell)} » est déductible mais aucune cellule publiée ne peut être masquée pour la protéger ` +
            `(attendu : au moins une). Signalez ce cas à l'équipe Vigie ; la publication précédente reste en place.`,
        );
      }
      hidden.add(best);
      for (const c of at.get(best) ?? []) {
        if (!published[c] || masked[c] || cells.count[c] === 0) continue;
        masked[c] = true;
        reason[c] = 'secondaire';
      }
      dirty.add(group);
    }
  }
  throw new Error(
    `Secret statistique : le masquage ne converge pas après ${MAX_ROUNDS} tours (attendu : aucune cellule masquée déductible). ` +
      `Signalez ce cas à l'équipe Vigie ; la publication précédente reste en place.`,
  );
}
