import { z } from 'zod';

/**
 * How the published periods of a count relate over time, for the secrecy audit:
 * - `jours`: counted per day, so any period is a sum of days (a cumul is an earlier cumul plus
 *   what lies between, a month is the sum of its days);
 * - `mois`: counted per month, a period counts every month it overlaps (monthly surveys);
 * - `constant`: a stock read at one date (a quarterly file): treated as one same count for every
 *   period, the conservative reading (one decision for all the periods of a territory);
 * - `periode`: not a sum over time (distinct patients): each period is its own count.
 * Every count is treated as additive over territories (a département is the sum of its zones):
 * exact for acts, conservative for distinct patients (see docs/secret-statistique.md).
 */
export type TimeAxis = 'jours' | 'mois' | 'constant' | 'periode';

export interface CountGroup {
  readonly label: string;
  readonly axis: TimeAxis;
}

/** The counts statistical secrecy covers, one decision per count, territory and period. */
export const COUNT_GROUPS = {
  actes: { label: 'actes', axis: 'jours' },
  actes_sans_mt: { label: 'actes de patients sans médecin traitant', axis: 'jours' },
  actes_ald: { label: 'actes de patients en ALD', axis: 'jours' },
  visites: { label: 'visites à domicile', axis: 'jours' },
  actes_depassement: { label: 'actes avec dépassement d’honoraires', axis: 'jours' },
  patients_distincts: { label: 'patients distincts', axis: 'periode' },
  reponses_satisfaction: { label: 'réponses à l’enquête de satisfaction', axis: 'mois' },
  patients_17plus: { label: 'patients de 17 ans et plus', axis: 'constant' },
  patients_17plus_sans_mt: { label: 'patients de 17 ans et plus sans médecin traitant', axis: 'constant' },
} as const satisfies Record<string, CountGroup>;

export type CountGroupId = keyof typeof COUNT_GROUPS;

export const COUNT_GROUP_IDS = Object.keys(COUNT_GROUPS) as [CountGroupId, ...CountGroupId[]];

/** A numerator or denominator subject to secrecy names the count it rests on (null: none). */
export const countGroupIdSchema = z.enum(COUNT_GROUP_IDS).nullable();
