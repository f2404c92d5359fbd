import { createHash } from 'node:crypto';
import type { Warehouse } from '../../warehouse/index.js';
import type { CleanModel, CleanRefresh } from '../cleanModel.js';
import { latestByKeySql, versionsSql } from '../latestVersionSql.js';

const TABLE = 'clean.actes';

const SELECT = `r.id_acte, r.date_soins, r.num_rpps_executant, r.siret_lieu_execution, r.code_prestation, r.id_patient,
  r.tranche_age_patient, r.sexe_patient, CAST(r.patient_ald AS INTEGER) AS patient_ald,
  CAST(r.patient_avec_mt AS INTEGER) AS patient_avec_mt, r.code_commune_residence, r.montant_base, r.montant_depassement`;

/** clean.actes: the latest version of each act (id_acte), left unsorted (millions of rows). */
function cleanActesSql(asOf: string | undefined): string {
  return `
CREATE OR REPLACE TABLE clean.actes AS
${latestByKeySql('cnam.actes', 'raw.cnam_actes', ['id_acte'], SELECT, asOf)}`;
}

/** The latest version of the acts whose id_acte is in the temporary table `changed_acts` (an increment of clean.actes). */
function changedActesSql(asOf: string | undefined): string {
  return latestByKeySql('cnam.actes', 'raw.cnam_actes', ['id_acte'], SELECT, asOf, 'r.id_acte IN (SELECT id_acte FROM changed_acts)');
}

/**
 * Builds clean.actes, the largest clean table, by increment when it can: the versions (files)
 * of cnam.actes it was last built from are kept in ledger.model_versions; when every one of them
 * is still a version and the model's SQL is the same, only the acts found in the new versions'
 * rows are replaced (each by its newest version among all), every other act keeping its row.
 * Otherwise (first build, a version gone: an earlier `--jusqu-au`, the SQL changed) the table is
 * rebuilt whole. Returns which, for the step's message and the tests.
 */
export async function refreshCleanActes(wh: Warehouse, asOf: string | undefined): Promise<CleanRefresh> {
  const sqlHash = createHash('sha256').update(cleanActesSql(undefined)).digest('hex');
  await wh.run(`CREATE TABLE IF NOT EXISTS ledger.model_versions (
    table_name VARCHAR NOT NULL, file_id VARCHAR NOT NULL, extract_date DATE, arrived_at TIMESTAMP, scope VARCHAR, sql_hash VARCHAR NOT NULL)`);
  await wh.run(`CREATE OR REPLACE TEMP TABLE actes_versions AS SELECT file_id, extract_date, arrived_at, scope FROM (${versionsSql('cnam.actes', asOf)})`);
  const state = await wh.one<{ exists: boolean; previous: number; same_sql: number; gone: number }>(
    `SELECT EXISTS (SELECT 1 FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'clean' AND table_name = 'actes') AS "exists",
       (SELECT count(*) FROM ledger.model_versions WHERE table_name = $t) AS previous,
       (SELECT count(*) FROM ledger.model_versions WHERE table_name = $t AND sql_hash = $h) AS same_sql,
       (SELECT count(*) FROM (SELECT file_id, extract_date, arrived_at, scope FROM ledger.model_versions WHERE table_name = $t
                              EXCEPT SELECT * FROM actes_versions)) AS gone`,
    { t: TABLE, h: sqlHash },
  );
  let mode: CleanRefresh;
  if (!state?.exists || state.previous === 0 || state.same_sql !== state.previous || state.gone > 0) {
    await wh.run(cleanActesSql(asOf));
    mode = 'complet';
  } else {
    await wh.run(`CREATE OR REPLACE TEMP TABLE changed_acts AS
      SELECT DISTINCT r.id_acte FROM raw.cnam_actes r
      WHERE r._file_id IN (SELECT file_id FROM (SELECT file_id, extract_date, arrived_at, scope FROM actes_versions
                             EXCEPT SELECT file_id, extract_date, arrived_at, scope FROM ledger.model_versions WHERE table_name = $t))`,
      { t: TABLE });
    const changed = await wh.one<{ n: number; nulls: number }>(`SELECT count(*) AS n, count(*) FILTER (WHERE id_acte IS NULL) AS nulls FROM changed_acts`);
    if ((changed?.nulls ?? 0) > 0) {
      await wh.run(cleanActesSql(asOf));
      mode = 'complet';
    } else if ((changed?.n ?? 0) === 0) {
      mode = 'inchange';
    } else {
      await wh.run(`DELETE FROM clean.actes WHERE id_acte IN (SELECT id_acte FROM changed_acts)`);
      await wh.run(`INSERT INTO clean.actes ${changedActesSql(asOf)}`);
      mode = 'increment';
    }
    await wh.run('DROP TABLE IF EXISTS temp.changed_acts');
  }
  await wh.run(`DELETE FROM ledger.model_versions WHERE table_name = $t`, { t: TABLE });
  await wh.run(`INSERT INTO ledger.model_versions SELECT $t, file_id, extract_date, arrived_at, scope, $h FROM actes_versions`, { t: TABLE, h: sqlHash });
  await wh.run('DROP TABLE IF EXISTS temp.actes_versions');
  return mode;
}

/**
 * clean.actes: the latest version of each act; more than its declaration says: built by increment
 * (`refreshCleanActes`), and left unsorted.
 */
export const cleanActes: CleanModel = { table: TABLE, sql: cleanActesSql, refresh: refreshCleanActes };
