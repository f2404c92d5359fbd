import type { CountGroupId } from './countGroups.js';

export type SecrecyLevel = 'zone' | 'departement' | 'region' | 'national';

/**
 * The counts a publication rests on, one cell per count group, territory and time span, whatever
 * the indicators, levels and periods that show it. A cell is the difference Y(to) − Y(from) of the
 * running total of its count in its territory (`from` is the time point before the span; the
 * earliest `from` of a group is its origin, where every running total is 0).
 */
export interface SecrecyCells {
  readonly group: CountGroupId[];
  readonly level: SecrecyLevel[];
  readonly geo: string[];
  readonly from: string[];
  readonly to: string[];
  /** one period type that shows the cell (for the report) */
  readonly periodType: string[];
  /** the count (largest value seen); null when only secret rows show it */
  readonly count: (number | null)[];
  /** from 1 to 10 in at least one row: primary secrecy */
  readonly primary: boolean[];
  /** shown by a row that carries no other secret count */
  readonly solo: boolean[];
  /** rows that carry two secret counts: both are shown, or neither */
  readonly pairs: [number, number][];
  /** each zone (`zone:<code>`) → the territories that add it up (`departement:01`, `region:84`, `national:FR`) */
  readonly zoneAncestors: ReadonlyMap<string, readonly string[]>;
}

export const LEVEL_RANK: Record<SecrecyLevel, number> = { zone: 0, departement: 1, region: 2, national: 3 };
