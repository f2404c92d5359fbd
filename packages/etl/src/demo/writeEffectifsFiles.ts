import { formatPlainNumber } from '@vigie/core';
import type { DemoOutput } from './demoOutput.js';
import type { DemoTerritory } from './demoTerritory.js';
import { HEADERS } from './demoHeaders.js';
import { createPrng } from './prng.js';

export const PROFESSION = 'Médecins généralistes (hors médecins à expertise particulière)';
const CLASSES = ['moins de 40 ans', '40 à 49 ans', '50 à 59 ans', '60 à 69 ans', '70 ans et plus'];
const CLASS_WEIGHTS = [0.22, 0.19, 0.2, 0.27, 0.12];
const WOMEN_SHARE = [0.66, 0.56, 0.45, 0.32, 0.2];

/** `cnam/effectifs_mg_<AAAA>.csv` (Windows-1252, présentation ameli) : généralistes libéraux par département, âge et sexe. */
export async function writeEffectifsFiles(output: DemoOutput, territory: DemoTerritory, years: readonly number[], seed: number): Promise<void> {
  const population = new Map<string, number>();
  for (const c of territory.communes.values()) population.set(c.departement, (population.get(c.departement) ?? 0) + c.population);
  const departements = [...territory.departements].sort((a, b) => a.code.localeCompare(b.code));
  for (const year of years) {
    const rows: string[][] = [];
    for (const dep of departements) {
      const pop = population.get(dep.code) ?? 0;
      const stable = createPrng(seed, 'effectifs', dep.code);
      const density = 55 + stable.next() * 50;
      const ageing = stable.next() * 0.1;
      const yearPrng = createPrng(seed, 'effectifs', dep.code, year);
      const total = (pop / 100_000) * density * (1 - 0.015 * (year - 2024) + (yearPrng.next() - 0.5) * 0.01);
      const weights = CLASS_WEIGHTS.map((w, i) => w * (i >= 3 ? 1 + ageing * 3 : 1 - ageing) * (0.9 + yearPrng.next() * 0.2));
      const sum = weights.reduce((a, b) => a + b, 0);
      const women = weights.map((w, i) => Math.round(((total * w) / sum) * (WOMEN_SHARE[i] as number)));
      const men = weights.map((w, i) => Math.round(((total * w) / sum) * (1 - (WOMEN_SHARE[i] as number))));
      const bySex: [string, number[]][] = [
        ['tout sexe', women.map((f, i) => f + (men[i] as number))],
        ['hommes', men],
        ['femmes', women],
      ];
      for (const [sex, counts] of bySex) {
        const all = counts.reduce((a, b) => a + b, 0);
        [...CLASSES, 'Tout âge'].forEach((ageClass, i) => {
          const headcount = i < CLASSES.length ? (counts[i] as number) : all;
          rows.push([String(year), PROFESSION, dep.region, dep.code, ageClass, sex, String(headcount), formatPlainNumber(pop > 0 ? (headcount / pop) * 100_000 : 0, 1)]);
        });
      }
    }
    await output.writeCsv({ path: `cnam/effectifs_mg_${year}.csv`, encoding: 'windows-1252', header: HEADERS.effectifs }, rows);
  }
}
