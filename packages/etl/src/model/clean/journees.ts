import type { CleanModel } from '../cleanModel.js';
import { latestByKeySql } from '../latestVersionSql.js';

const SELECT = `r.date, r.num_rpps, r.siret_lieu, r.creneau, r.statut,
  CAST(r.nb_rdv_proposes AS INTEGER) AS nb_rdv_proposes, CAST(r.nb_rdv_pris AS INTEGER) AS nb_rdv_pris,
  CASE r.creneau WHEN 'JOURNEE' THEN 1.0 ELSE 0.5 END::DOUBLE AS unites,
  v.scope AS code_region_ars`;

/**
 * clean.journees: the latest version of each (date, RPPS, lieu, créneau); more than its
 * declaration says: a day counts 1 unit, a half-day ½ (`unites`), and rows sorted by day and lieu.
 */
export const cleanJournees: CleanModel = {
  table: 'clean.journees',
  sql: (asOf) => `
CREATE OR REPLACE TABLE clean.journees AS
${latestByKeySql('ars.journees', 'raw.ars_journees', ['date', 'num_rpps', 'siret_lieu', 'creneau'], SELECT, asOf)}
ORDER BY date, siret_lieu, num_rpps, creneau`,
};
