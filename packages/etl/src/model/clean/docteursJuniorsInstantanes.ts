import type { CleanModel } from '../cleanModel.js';
import { allSnapshotsSql } from '../latestVersionSql.js';

/**
 * clean.docteurs_juniors_instantanes: every snapshot of `ars.docteurs_juniors` (a région's file at a
 * date), an empty one (header only) included, so that "no docteur junior" and "no file yet" differ.
 * A file whose rows were all rejected is no snapshot (the previous one stays in force).
 */
export const cleanDocteursJuniorsInstantanes: CleanModel = {
  table: 'clean.docteurs_juniors_instantanes',
  sql: (asOf) => `
CREATE OR REPLACE TABLE clean.docteurs_juniors_instantanes AS
SELECT s.scope AS code_region, s.extract_date, CAST(count(r._line) AS INTEGER) AS lignes
FROM (${allSnapshotsSql('ars.docteurs_juniors', asOf)}) AS s
LEFT JOIN raw.ars_docteurs_juniors AS r ON r._file_id = s.file_id
GROUP BY ALL
ORDER BY code_region, extract_date`,
};
