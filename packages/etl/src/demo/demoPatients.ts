import { createHash } from 'node:crypto';
import type { DemoEpci } from './demoTerritory.js';
import { createPrng } from './prng.js';

const AGE_BANDS = ['0-17', '18-39', '40-59', '60-74', '75+'] as const;
const AGE_WEIGHTS = [15, 22, 25, 22, 16];
/** Part en ALD selon l'âge : environ 20 % des patients au total. */
const ALD_BY_AGE = [0.03, 0.08, 0.18, 0.3, 0.45];

export type AgeBand = (typeof AGE_BANDS)[number];

export interface DemoPatient {
  /** Pseudonyme : SHA-256 (64 caractères hexadécimaux) de l'indice du patient, jamais un nom. */
  id: string;
  ageBand: AgeBand;
  sex: '1' | '2';
  ald: boolean;
  hasRegularDoctor: boolean;
  residenceCommune: string;
}

/**
 * La patientèle fictive d'un territoire : le patient n° `index` a toujours les mêmes attributs
 * (ils se déduisent de la graine), si bien qu'un patient revient d'une journée à l'autre sans rien stocker.
 */
export class DemoPatients {
  private readonly cumulative = new Map<string, number[]>();
  private readonly withoutDoctorRate = new Map<string, number>();

  constructor(
    private readonly seed: number,
    private readonly scale: number,
  ) {}

  /** Taille de la patientèle tirée par les volontaires dans ce territoire. */
  poolSize(epci: DemoEpci): number {
    return Math.max(40, Math.round(epci.population * 0.03 * this.scale));
  }

  /** Part des patients sans médecin traitant, propre au territoire (25 à 40 %). */
  sansMedecinTraitant(epci: DemoEpci): number {
    let rate = this.withoutDoctorRate.get(epci.code);
    if (rate === undefined) {
      rate = 0.25 + 0.15 * createPrng(this.seed, 'sans-mt', epci.code).next();
      this.withoutDoctorRate.set(epci.code, rate);
    }
    return rate;
  }

  patient(epci: DemoEpci, index: number): DemoPatient {
    const prng = createPrng(this.seed, 'patient', epci.code, index);
    const band = prng.weightedIndex(AGE_WEIGHTS);
    return {
      id: createHash('sha256').update(`vigie-demo|${this.seed}|${epci.code}|${index}`).digest('hex'),
      ageBand: AGE_BANDS[band] as AgeBand,
      sex: prng.chance(0.52) ? '2' : '1',
      ald: prng.chance(ALD_BY_AGE[band] as number),
      hasRegularDoctor: !prng.chance(this.sansMedecinTraitant(epci)),
      residenceCommune: this.pickCommune(epci, prng.next()),
    };
  }

  private pickCommune(epci: DemoEpci, u: number): string {
    let sums = this.cumulative.get(epci.code);
    if (!sums) {
      let total = 0;
      sums = epci.members.map((m) => (total += m.population + 1));
      this.cumulative.set(epci.code, sums);
    }
    const target = u * (sums[sums.length - 1] as number);
    let lo = 0;
    let hi = sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sums[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return (epci.members[lo] ?? epci.members[0])?.code ?? '';
  }
}
