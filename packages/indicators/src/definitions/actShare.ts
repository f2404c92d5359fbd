import {
  ACTS_COUNT,
  ACTS_SOURCES,
  ALL_LEVELS,
  ALL_PERIODS,
  countSecrecyRule,
  NOTE_ACTS,
  NOTE_PROPORTION,
  NOTE_RATIO_EMPTY,
  NOTE_SECRECY_ACTS,
  type SecrecyCost,
} from './conventions.js';
import type { CountGroupId } from '../secrecy/countGroups.js';
import type { IndicatorDefinitionInput } from './indicatorDefinition.js';

/** What tells one share of acts from another (part_visites, part_patients_ald…). */
export interface ActShare {
  /** The numerator as the fiche names it: `Visites à domicile (VG, VGS)`. */
  numerator: string;
  /** The same acts in the secrecy rule: `visites à domicile`. */
  counted: string;
  /** Its secrecy group (`visites`), and what the rule adds about that group, if anything. */
  group: CountGroupId;
  groupNote?: string;
  cost: SecrecyCost;
  /** The limit particular to this share, written after the proportion note. */
  limit: string;
}

/**
 * The part of a definition every share of acts has in common: acts meeting a condition ÷ all acts
 * (`consultations`), at every level and period, its numerator's own secrecy group over the act
 * count (masked when either is), and the same notes. The SQL is `actShareSql`.
 */
export function actShare(share: ActShare) {
  const group = share.groupNote ? `groupe « ${share.group} », ${share.groupNote}` : `groupe « ${share.group} »`;
  return {
    kind: 'ratio',
    numerator: share.numerator,
    denominator: 'Actes (consultations)',
    unit: '%',
    scale: 1,
    periodicity: [...ALL_PERIODS],
    levels: [...ALL_LEVELS],
    sources: [...ACTS_SOURCES],
    secrecy: {
      numerator: share.group,
      denominator: 'actes',
      rule: countSecrecyRule(
        `Numérateur : ${share.counted} (${group}) ; dénominateur : ${ACTS_COUNT} ; la valeur est masquée si l’un des deux l’est`,
        share.cost,
      ),
    },
    dependsOn: ['consultations'],
    limits: [NOTE_PROPORTION, share.limit, NOTE_ACTS, NOTE_RATIO_EMPTY, NOTE_SECRECY_ACTS],
  } satisfies Partial<IndicatorDefinitionInput>;
}
