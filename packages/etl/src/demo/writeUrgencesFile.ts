import { formatPlainNumber } from '@vigie/core';
import type { ContextCommunes } from './contextCommunes.js';
import type { DemoOutput } from './demoOutput.js';
import { HEADERS } from './demoHeaders.js';
import { createPrng } from './prng.js';

/** `drees/acces_urgences_2024.csv` : temps d'accès aux urgences (SU) et au SMUR de chaque commune des zones. */
export async function writeUrgencesFile(output: DemoOutput, context: ContextCommunes, seed: number): Promise<void> {
  const prng = createPrng(seed, 'urgences');
  const base = new Map(context.zoneEpcis.map((e) => [e.code, 18 + prng.next() * 25]));
  const rows = context.zoneCommunes.map((c) => {
    const su = Math.max(4, (base.get(c.epci ?? '') ?? 30) + (prng.next() - 0.4) * 16);
    const smur = Math.max(3, su * (0.45 + prng.next() * 0.4));
    return [c.code, formatPlainNumber(su, 1), prng.chance(0.002) ? 'nd' : formatPlainNumber(smur, 1)];
  });
  await output.writeCsv({ path: 'drees/acces_urgences_2024.csv', encoding: 'utf-8', header: HEADERS.urgences }, rows);
}
