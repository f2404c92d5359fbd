/** Shared shapes of the independent indicator oracle (tests only). */
import type { GeoKey } from './zoneGeos.js';

export type Level = 'zone' | 'departement' | 'region' | 'national';
export type PeriodType = 'semaine' | 'mois' | 'cumul';

export interface Period {
  type: PeriodType;
  /** `2025-S37`, `2025-10`, or for `cumul` its last day `2025-10-31`. */
  code: string;
  /** First and last day, `AAAA-MM-JJ`, inclusive. */
  start: string;
  end: string;
}

export interface ExpectedValue {
  /** `null` when the ratio has no denominator (nothing to divide by). */
  value: number | null;
  numerator?: number;
  denominator?: number;
  /** `partiel` when a masked cell was left out of a sum (patientèle). */
  status: 'ok' | 'partiel' | 'sans_donnees';
  /**
   * Counts of patients or acts this value shows or is built from (its numerator and/or denominator),
   * for the SNDS secrecy check: any of them from 1 to 10 means the value must be `secret`.
   */
  secrecyCounts?: number[];
  /**
   * Facts about the inputs behind this value that a test may single out: `instantane_vide` (a
   * région's latest volunteer snapshot on or before the period's end lists no file at all),
   * `outre_mer` (départements 971 to 976 are part of this value).
   */
  flags?: Array<'instantane_vide' | 'outre_mer'>;
  /** Values under other readings of an ambiguous definition, named, to explain a mismatch. */
  alternatives?: Record<string, number | null>;
}

/** Records the value the oracle expects for `indicator` in a territory of the period being computed. */
export type EmitValue = (indicator: string, geo: GeoKey, value: ExpectedValue) => void;

export interface Fault {
  path: string;
  line: number;
}

/** `${indicator}|${periodType}|${period}|${level}|${code}` */
export const oracleKey = (indicator: string, type: PeriodType, period: string, level: Level, code: string) =>
  `${indicator}|${type}|${period}|${level}|${code}`;
