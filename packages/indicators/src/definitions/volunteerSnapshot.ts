import { ALL_PERIODS, CREATED } from './conventions.js';
import type { IndicatorDefinitionInput } from './indicatorDefinition.js';
import { volunteerSnapshotSql } from './volunteerSnapshotSql.js';

/** The `changes` entry of the volunteer counts whose empty exports were taken for missing snapshots. */
export const EMPTY_EXPORT_COUNTS_ZERO = {
  version: 1,
  date: '2026-11-23',
  change:
    'Correction sans changement de définition : un export sans aucun dossier (en-tête seul) compte 0 pour sa région ; il était pris pour une absence d’instantané (sans_donnees, national partiel).',
} as const;

/** The `changes` entry of the volunteer counts whose SQL moved to `volunteerSnapshotSql`'s form (same values, issue #14). */
export const SNAPSHOT_COUNTS_ONCE = {
  version: 2,
  date: '2026-11-29',
  change:
    'Mêmes valeurs, calcul plus rapide : les RPPS de chaque instantané sont comptés une fois (et non à chaque période où il est en vigueur) ; au national, un même ensemble d’instantanés en vigueur est compté une fois pour toutes les périodes qui le partagent.',
} as const;

/**
 * What every count of volunteers in the ARS snapshots has in common (vol_candidatures,
 * vol_acceptes): distinct RPPS whose file is in one of `states` in each région's latest snapshot
 * (`volunteerSnapshotSql`), by région and for France, no secrecy on doctors, and their history.
 */
export function volunteerSnapshot(count: { numerator: string; states: readonly string[]; secrecyRule: string }) {
  return {
    kind: 'count',
    numerator: count.numerator,
    denominator: null,
    unit: 'volontaires',
    scale: 1,
    periodicity: [...ALL_PERIODS],
    levels: ['region', 'national'],
    sources: ['ars.volontaires', 'drees.zones', 'insee'],
    secrecy: { numerator: null, denominator: null, rule: count.secrecyRule },
    dependsOn: [],
    changes: [CREATED, EMPTY_EXPORT_COUNTS_ZERO, SNAPSHOT_COUNTS_ONCE],
    sql: volunteerSnapshotSql(count.states),
  } satisfies Partial<IndicatorDefinitionInput>;
}
