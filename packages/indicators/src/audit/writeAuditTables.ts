import type { Warehouse } from '@vigie/etl';
import { ensureAuditTables } from './ensureAuditTables.js';

/**
 * Writes the audit tables of the publication (docs/architecture.md):
 * - publish.indicateurs_versions: every version of every definition ever computed, full text;
 * - publish.lignage: the input files of each published indicator (run `runId`), by SHA-256;
 * - publish.lignage_activite: the rows of each activity file by zone and day (run `runId`);
 * - publish.socle: the common base the run computed with (prepared relations, clean tables, Vigie's
 *   version), one row per part.
 * Nothing personal: paths, hashes, counts, EPCI codes and days only.
 */
export async function writeAuditTables(wh: Warehouse, runId: string): Promise<void> {
  await ensureAuditTables(wh);
  await wh.run(`
    CREATE OR REPLACE TABLE publish.indicateurs_versions AS
    SELECT indicator_id AS id, version, text_hash AS empreinte, sql, parameters AS parametres, secrecy_rule AS secret,
           label AS libelle, definition, definition_json AS texte, first_run_id AS premiere_execution,
           recorded_at AS enregistree_le_utc
    FROM indicators.definition_versions
    ORDER BY id, version`);
  await wh.run(
    `CREATE OR REPLACE TABLE publish.lignage AS
     SELECT run_id, indicator_id AS indicateur, version, source_id AS source, file_id, path AS fichier, status AS statut,
            extract_date AS date_extrait, scope AS portee, arrived_at AS arrive_le_utc, size_bytes AS octets,
            rows_read AS lignes_lues, rows_loaded AS lignes_chargees, rows_rejected AS lignes_rejetees
     FROM indicators.lineage_files WHERE run_id = $run
     ORDER BY indicateur, source, fichier`,
    { run: runId },
  );
  await wh.run(
    `CREATE OR REPLACE TABLE publish.lignage_activite AS
     SELECT source_id AS source, file_id, code_epci, day AS jour, "rows" AS lignes
     FROM indicators.lineage_activity WHERE run_id = $run
     ORDER BY source, file_id, code_epci, jour`,
    { run: runId },
  );
  await wh.run(
    `CREATE OR REPLACE TABLE publish.socle AS
     WITH parts AS (
       SELECT s.text_hash, from_json(s.text_json, '[{"name":"VARCHAR","text":"VARCHAR"}]') AS l
       FROM indicators.run_socle r JOIN indicators.socle_versions s USING (text_hash)
       WHERE r.run_id = $run
     )
     SELECT text_hash AS empreinte, CAST(i AS INTEGER) AS ordre, l[i].name AS partie, l[i].text AS texte
     FROM parts, range(1, len(l) + 1) r(i)
     ORDER BY ordre`,
    { run: runId },
  );
}
