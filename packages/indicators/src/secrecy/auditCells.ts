import { auditGroup, type Recoverable } from './auditGroup.js';
import { groupMembers } from './maskCells.js';
import type { SecrecyCells } from './secrecyCells.js';

/** Every count group audited: the hidden cells that the shown ones determine (none expected). */
export function auditCells(cells: SecrecyCells, shown: readonly boolean[], hidden: readonly boolean[]): Recoverable[] {
  const protect = hidden.map((h, i) => h && !shown[i]);
  return [...groupMembers(cells).values()].flatMap((members) => auditGroup(cells, members, shown, protect));
}
