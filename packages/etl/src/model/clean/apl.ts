import type { CleanModel } from '../cleanModel.js';
import { latestByKeySql } from '../latestVersionSql.js';

/**
 * clean.apl: the latest version of each (commune, année), only the series the indicators read, in
 * their own order: `apl` all ages, then `apl_moins_65`, DREES's headline series (GPs of 65 or
 * under, « de moins de 65 ans » in older workbooks); the other series stay in raw.
 */
export const cleanApl: CleanModel = {
  table: 'clean.apl',
  sql: (asOf) => `
CREATE OR REPLACE TABLE clean.apl AS
${latestByKeySql('drees.apl', 'raw.drees_apl', ['code_commune', 'annee'], `r.code_commune, CAST(r.annee AS INTEGER) AS annee, r.apl, r.apl_moins_65, r.population_standardisee`, asOf)}
ORDER BY code_commune, annee`,
};
