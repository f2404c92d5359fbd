/**
 * `maskCells` alone on cells written by secrecyProfile.ts (--cellules): time per round, rounds,
 * masked cells, then the audit of the result. Run (add --cpu-prof to node for a profile):
 * npx tsx packages/indicators/bench/secrecyMaskProfile.ts cells.json
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { auditCells } from '../src/secrecy/auditCells.js';
import { maskCells } from '../src/secrecy/maskCells.js';
import type { SecrecyCells } from '../src/secrecy/secrecyCells.js';

const file = process.argv[2];
if (!file) throw new Error('Usage : npx tsx packages/indicators/bench/secrecyMaskProfile.ts CELLULES.json');
const raw = JSON.parse(readFileSync(file, 'utf8')) as SecrecyCells & { zoneAncestors: [string, string[]][] };
const cells: SecrecyCells = { ...raw, zoneAncestors: new Map(raw.zoneAncestors) };
const groups = new Map<string, number>();
for (const g of cells.group) groups.set(g, (groups.get(g) ?? 0) + 1);
console.log(`${cells.group.length} cellules : ${[...groups].map(([g, n]) => `${g} ${n}`).join(', ')}`);
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let last = cpu();
const start = performance.now();
const cpuStart = last;
const result = maskCells(cells, (round, recoverable) => {
  const now = cpu();
  if (process.argv.includes('--tours')) console.log(`tour ${round} : ${recoverable} déductible(s), ${((now - last) / 1000).toFixed(2)} s de CPU`);
  last = now;
});
const masked = result.masked.filter(Boolean).length;
console.log(`masquage : ${((performance.now() - start) / 1000).toFixed(1)} s (CPU ${((cpu() - cpuStart) / 1000).toFixed(1)} s), ${result.rounds} tours, ${masked} cellules masquées ` +
  `(${result.reason.filter((r) => r === 'primaire').length} primaires, ${result.reason.filter((r) => r === 'secondaire').length} secondaires, ${result.reason.filter((r) => r === 'lie').length} liées)`);
// the decisions' fingerprint: equal before and after a speed change means the same masks for the same reasons
const fingerprint = createHash('sha256').update(result.reason.map((r) => r ?? '-').join(',')).update(result.published.map((p) => (p ? 1 : 0)).join('')).digest('hex');
console.log(`empreinte des décisions : ${fingerprint}`);
const auditStart = performance.now();
const hidden = result.masked.map((m, c) => m && !result.published[c]);
const leaks = auditCells(cells, result.published, hidden);
console.log(`audit : ${((performance.now() - auditStart) / 1000).toFixed(1)} s, ${leaks.length} cellule(s) déductible(s)`);
