import { addDays, formatDate, isoWeekOf, isoWeeksBetween, LAUNCH_DATE } from '@vigie/core';
import type { DemoOutput } from './demoOutput.js';
import type { DemoMissionDay } from './demoMissionDays.js';
import { HEADERS } from './demoHeaders.js';
import type { DemoPatients } from './demoPatients.js';
import { createPrng, type Prng } from './prng.js';

const TARIFS: Record<string, string> = { G: '30,00', GS: '30,00', VG: '30,00', VGS: '30,00', TCG: '25,00', COE: '46,00', APC: '56,50' };
const CORRECTION_RATE = 0.004;
const OVERBILLING_EVERY = 2500;

function procedureCode(prng: Prng, j: DemoMissionDay, ageBand: string): string {
  const gs = j.volunteer.codeGS;
  const roll = prng.next();
  if (ageBand === '0-17' && roll < 0.1) return 'COE';
  if (roll < (ageBand === '75+' ? 0.14 : 0.03)) return gs ? 'VGS' : 'VG';
  if (roll > 0.96) return 'TCG';
  if (roll > 0.95) return 'APC';
  return gs ? 'GS' : 'G';
}

const RECODED: Record<string, string> = { G: 'VG', GS: 'VGS', VG: 'G', VGS: 'GS', TCG: 'G', COE: 'G', APC: 'G' };

/** Une correction : même `id_acte`, renvoyé une à trois semaines plus tard avec un code ou un montant changé. */
function corrected(prng: Prng, cells: readonly string[]): string[] {
  const fixed = [...cells];
  if (fixed[12] !== '0,00') fixed[12] = '0,00';
  else {
    const code = prng.chance(0.5) && fixed[4] !== 'TCG' ? 'TCG' : (RECODED[fixed[4] as string] ?? 'G');
    fixed[4] = code;
    fixed[11] = TARIFS[code] as string;
  }
  return fixed;
}

/**
 * `cnam/actes_mission_<AAAA>-S<ww>.csv` (Windows-1252) : pour chaque journée réalisée de la semaine,
 * ses actes au lieu et à la date de la journée ; à la fin du fichier, les corrections d'actes plus anciens.
 */
export async function writeActesFiles(output: DemoOutput, missionDays: readonly DemoMissionDay[], patients: DemoPatients, until: string, seed: number): Promise<void> {
  const untilWeek = isoWeekOf(until).label;
  const corrections = new Map<string, string[][]>();
  let counter = 0;
  let next = 0;
  for (const week of isoWeeksBetween(LAUNCH_DATE, until)) {
    const csv = await output.openCsv({ path: `cnam/actes_mission_${week.label}.csv`, encoding: 'windows-1252', header: HEADERS.actes });
    while (next < missionDays.length && (missionDays[next] as DemoMissionDay).date < week.monday) next++;
    for (; next < missionDays.length && (missionDays[next] as DemoMissionDay).date <= week.sunday; next++) {
      const j = missionDays[next] as DemoMissionDay;
      if (j.finalStatus !== 'REALISEE') continue;
      const prng = createPrng(seed, 'actes', j.index);
      const pool = patients.poolSize(j.place.epci);
      for (let a = 0; a < j.acts; a++) {
        const p = patients.patient(j.place.epci, Math.floor(pool * prng.next() ** 1.4));
        const code = procedureCode(prng, j, p.ageBand);
        // Une poignée d'actes avec dépassement (la cible est 0) : un sur 2 500, à rang fixe.
        const overbilling = ++counter % OVERBILLING_EVERY === 137 ? prng.pick(['5,00', '8,00', '10,00', '20,00']) : '0,00';
        const cells = [
          `A${String(counter).padStart(10, '0')}`,
          formatDate(j.date),
          j.volunteer.rpps,
          j.place.siret,
          code,
          p.id,
          p.ageBand,
          p.sex,
          p.ald ? '1' : '0',
          p.hasRegularDoctor ? '1' : '0',
          p.residenceCommune,
          TARIFS[code] as string,
          overbilling,
        ];
        await csv.row(cells);
        if (prng.chance(CORRECTION_RATE)) {
          const later = isoWeekOf(addDays(week.monday, 7 * prng.int(1, 3))).label;
          if (later <= untilWeek) corrections.set(later, [...(corrections.get(later) ?? []), corrected(prng, cells)]);
        }
      }
    }
    for (const cells of corrections.get(week.label) ?? []) await csv.row(cells);
    corrections.delete(week.label);
    await csv.close();
  }
}
