import type { SecrecyCells } from './secrecyCells.js';

/** Why a cell is masked: 1 to 10 (primaire), to protect another (secondaire), or hidden by the other count of its ratio (lie). */
export type MaskReason = 'primaire' | 'secondaire' | 'lie';

/**
 * The masks decided so far and the cells they leave published, kept up to date mask by mask.
 * A cell is published when it is not masked and some row shows it alone (`solo`) or beside an
 * unmasked count (`pairs`). A cell that only ratio rows show, all of them beside a masked count,
 * becomes masked too (`lie`), so that every hidden count is protected.
 */
export class MaskState {
  readonly masked: boolean[];
  readonly reason: (MaskReason | null)[];
  readonly published: boolean[];
  /** the round in which each cell was masked (0: primary, or before the first round) */
  readonly maskedIn: Int32Array;
  /** the current round, recorded with each mask */
  round = 0;
  /** the other count of each ratio row a cell appears in (CSR: partnersOf[start[c] … start[c + 1]]) */
  private readonly start: Int32Array;
  private readonly partnersOf: Int32Array;
  /** how many partners of each cell are not masked */
  private readonly openPartners: Int32Array;
  private changedGroups = new Set<string>();

  constructor(private readonly cells: SecrecyCells) {
    const n = cells.group.length;
    this.masked = cells.primary.slice();
    this.reason = this.masked.map((m) => (m ? 'primaire' : null));
    this.maskedIn = new Int32Array(n);
    const degree = new Int32Array(n + 1);
    for (const [a, b] of cells.pairs) {
      degree[a + 1] = (degree[a + 1] as number) + 1;
      degree[b + 1] = (degree[b + 1] as number) + 1;
    }
    for (let c = 0; c < n; c++) degree[c + 1] = (degree[c + 1] as number) + (degree[c] as number);
    this.start = degree;
    this.partnersOf = new Int32Array(degree[n] as number);
    const fill = degree.slice(0, n);
    for (const [a, b] of cells.pairs) {
      this.partnersOf[fill[a] as number] = b;
      fill[a] = (fill[a] as number) + 1;
      this.partnersOf[fill[b] as number] = a;
      fill[b] = (fill[b] as number) + 1;
    }
    this.openPartners = new Int32Array(n);
    for (let c = 0; c < n; c++) {
      for (let i = this.start[c] as number; i < (this.start[c + 1] as number); i++) if (!this.masked[this.partnersOf[i] as number]) this.openPartners[c] = (this.openPartners[c] as number) + 1;
    }
    this.published = this.masked.map((m, c) => !m && ((cells.solo[c] as boolean) || (this.openPartners[c] as number) > 0));
    for (let c = 0; c < n; c++) {
      if (!this.masked[c] && !this.published[c] && (this.start[c + 1] as number) > (this.start[c] as number)) this.mask(c, 'lie');
    }
  }

  /** Masks `c`, then every count that only ratio rows beside now-masked counts would show (`lie`). */
  mask(c: number, reason: MaskReason): void {
    if (this.masked[c]) return;
    const { cells, masked, published, start, partnersOf, openPartners } = this;
    const stack = [c];
    masked[c] = true;
    this.reason[c] = reason;
    for (let x = stack.pop(); x !== undefined; x = stack.pop()) {
      published[x] = false;
      this.maskedIn[x] = this.round;
      this.changedGroups.add(cells.group[x] as string);
      for (let i = start[x] as number; i < (start[x + 1] as number); i++) {
        const d = partnersOf[i] as number;
        openPartners[d] = (openPartners[d] as number) - 1;
        if (masked[d] || cells.solo[d] || (openPartners[d] as number) > 0) continue;
        masked[d] = true;
        this.reason[d] = 'lie';
        stack.push(d);
      }
    }
  }

  /** Whether a cell of `group` was masked since takeChangedGroups was last called. */
  changedSinceTaken(group: string): boolean {
    return this.changedGroups.has(group);
  }

  /** The count groups of the cells masked since the last call. */
  takeChangedGroups(): Set<string> {
    const changed = this.changedGroups;
    this.changedGroups = new Set();
    return changed;
  }
}
