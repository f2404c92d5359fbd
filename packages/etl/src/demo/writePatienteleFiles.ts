import { quartersBetween } from '@vigie/core';
import type { ContextCommunes } from './contextCommunes.js';
import type { DemoOutput } from './demoOutput.js';
import type { DemoCommune } from './demoTerritory.js';
import { HEADERS } from './demoHeaders.js';
import { createPrng } from './prng.js';

/** Un compte tel que la CNAM le diffuse : `s` de 1 à 10 (secret statistique). */
function secretCount(n: number): string {
  return n >= 1 && n <= 10 ? 's' : String(n);
}

function communeRow(commune: DemoCommune, quarter: string, quarterIndex: number, seed: number): string[] {
  const stable = createPrng(seed, 'patientele', commune.code);
  const zoneShare = 0.06 + 0.14 * createPrng(seed, 'patientele-epci', commune.epci ?? '').next();
  const adults = commune.population * 0.8 * (0.92 + stable.next() * 0.13);
  const withoutDoctorShare = Math.max(0.01, zoneShare + (stable.next() - 0.5) * 0.06);
  const aldShare = 0.22 + stable.next() * 0.08;
  const aldWithoutDoctorShare = 0.02 + stable.next() * 0.04;
  const drift = createPrng(seed, 'patientele', commune.code, quarter);
  const n17 = Math.round(adults * (1 + 0.004 * quarterIndex + (drift.next() - 0.5) * 0.01));
  const withoutDoctor = Math.round(n17 * withoutDoctorShare * (1 + (drift.next() - 0.5) * 0.08));
  const ald = Math.round(n17 * aldShare);
  const aldWithoutDoctor = Math.round(ald * aldWithoutDoctorShare);
  return [commune.code, quarter, secretCount(n17), secretCount(withoutDoctor), secretCount(ald), drift.chance(0.001) ? 'nd' : secretCount(aldWithoutDoctor)];
}

/** `cnam/patientele_mt_<AAAA>T<q>.csv` (Windows-1252) : chaque trimestre depuis le lancement, communes des zones et voisines. */
export async function writePatienteleFiles(output: DemoOutput, context: ContextCommunes, until: string, seed: number): Promise<void> {
  const communes = [...context.zoneCommunes, ...context.neighbourCommunes].sort((a, b) => a.code.localeCompare(b.code));
  const quarters = quartersBetween('2025-07-01', until);
  for (const [quarterIndex, quarter] of quarters.entries()) {
    const csv = await output.openCsv({ path: `cnam/patientele_mt_${quarter}.csv`, encoding: 'windows-1252', header: HEADERS.patientele });
    for (const commune of communes) await csv.row(communeRow(commune, quarter, quarterIndex, seed));
    await csv.close();
  }
}
