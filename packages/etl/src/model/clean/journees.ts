import { keyedCleanModel } from '../keyedRefresh.js';

/**
 * clean.journees: the latest version of each (date, RPPS, lieu, créneau); more than its
 * declaration says: a day counts 1 unit, a half-day ½ (`unites`), rows sorted by day and lieu when
 * built whole, and built by increment (keyedRefresh.ts: only the keys of new files, added last).
 */
export const cleanJournees = keyedCleanModel({
  table: 'clean.journees',
  sourceId: 'ars.journees',
  rawTable: 'raw.ars_journees',
  key: ['date', 'num_rpps', 'siret_lieu', 'creneau'],
  select: `r.date, r.num_rpps, r.siret_lieu, r.creneau, r.statut,
  CAST(r.nb_rdv_proposes AS INTEGER) AS nb_rdv_proposes, CAST(r.nb_rdv_pris AS INTEGER) AS nb_rdv_pris,
  CASE r.creneau WHEN 'JOURNEE' THEN 1.0 ELSE 0.5 END::DOUBLE AS unites,
  v.scope AS code_region_ars`,
  orderBy: 'date, siret_lieu, num_rpps, creneau',
});
