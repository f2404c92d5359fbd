import type { Recoverable } from './auditGroup.js';
import { describeCell } from './describeCell.js';
import type { SecrecyCells } from './secrecyCells.js';

const SHOWN = 5;

/** French lines naming each recoverable cell and the published cells that give it away. */
export function leakLines(cells: SecrecyCells, recoverable: readonly Recoverable[], max = 10): string[] {
  const lines = recoverable.slice(0, max).map((r) => {
    const cellsGiven = r.giveaway();
    const giveaway = cellsGiven.slice(0, SHOWN).map((g) => describeCell(cells, g));
    const more = cellsGiven.length > SHOWN ? ` et ${cellsGiven.length - SHOWN} autre(s)` : '';
    return `- ${describeCell(cells, r.cell)} : déductible de ${giveaway.join(' ; ') || 'la hiérarchie des territoires'}${more}`;
  });
  if (recoverable.length > max) lines.push(`- et ${recoverable.length - max} autre(s) cellule(s) masquée(s) déductible(s)`);
  return lines;
}
