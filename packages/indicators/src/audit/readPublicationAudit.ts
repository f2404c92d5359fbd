import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sqlString } from '@vigie/core';
import type { Warehouse } from '@vigie/etl';
import { indicatorDefinitionSchema, type IndicatorDefinition } from '../definitions/indicatorDefinition.js';
import type { RecordedFile } from './locateRecordedFiles.js';
import type { SoclePart } from './socleText.js';

/** What a publication says about its own derivation. */
export interface PublicationAudit {
  runId: string;
  /** End of the last computed week (`date_fin_derniere_semaine`). */
  asOf: string;
  /** The run's `--jusqu-au` when it was a backfill (files dated after it were not read). */
  filesUntil: string | null;
  demo: boolean;
  files: RecordedFile[];
  /** The definitions at the versions the publication's values carry, from their recorded text. */
  definitions: IndicatorDefinition[];
  /** The common base the values were computed with (socle.parquet), or null for an older publication. */
  socle: SoclePart[] | null;
}

const REQUIRED = ['valeurs.parquet', 'meta.parquet', 'lignage.parquet', 'indicateurs_versions.parquet'];

/**
 * Loads a publication folder into temporary tables of `wh` (pub_valeurs, pub_lignage,
 * pub_versions) and reads its run, dates, input files and recorded definition texts.
 */
export async function readPublicationAudit(wh: Warehouse, publicationDir: string): Promise<PublicationAudit> {
  const missing = REQUIRED.filter((f) => !existsSync(join(publicationDir, f)));
  if (missing.length > 0) {
    throw new Error(
      `Publication ${publicationDir} incomplète pour un audit : ${missing.join(', ')} absent(s). ` +
        `Une publication antérieure au lignage ne se vérifie pas : relancez « vigie run » (ou indiquez --publication DOSSIER).`,
    );
  }
  for (const [table, file] of [['pub_valeurs', 'valeurs'], ['pub_meta', 'meta'], ['pub_lignage', 'lignage'], ['pub_versions', 'indicateurs_versions']] as const) {
    await wh.run(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM read_parquet(${sqlString(join(publicationDir, `${file}.parquet`))})`);
  }
  const executions = join(publicationDir, 'executions.parquet');
  const meta = await wh.one<{ run_id: string; as_of: string; demo: boolean }>(
    `SELECT run_id, date_fin_derniere_semaine::VARCHAR AS as_of, demo FROM pub_meta LIMIT 1`,
  );
  if (!meta) throw new Error(`Publication ${publicationDir} : meta.parquet est vide (attendu une ligne : run_id, date_fin_derniere_semaine).`);
  const run = existsSync(executions)
    ? await wh.one<{ as_of: string | null }>(`SELECT as_of::VARCHAR AS as_of FROM read_parquet(${sqlString(executions)}) WHERE run_id = $run`, { run: meta.run_id })
    : undefined;
  const fileRows = await wh.all<{ file_id: string; paths: string[] }>(
    `SELECT file_id, list(DISTINCT fichier ORDER BY fichier) AS paths FROM pub_lignage GROUP BY file_id ORDER BY file_id`,
  );
  if (fileRows.length === 0) {
    throw new Error(`Publication ${publicationDir} : lignage.parquet ne liste aucun fichier d'entrée pour l'exécution ${meta.run_id} ; rien à relire.`);
  }
  const versions = await wh.all<{ id: string; version: number; texte: string | null }>(
    `SELECT v.indicateur AS id, v.version, t.texte
     FROM (SELECT DISTINCT indicateur, version FROM pub_valeurs) v
     LEFT JOIN pub_versions t ON t.id = v.indicateur AND t.version = v.version
     ORDER BY id`,
  );
  const unknown = versions.filter((v) => v.texte === null);
  if (unknown.length > 0) {
    throw new Error(
      `Publication ${publicationDir} : texte de définition absent de indicateurs_versions.parquet pour ` +
        `${unknown.map((v) => `${v.id} version ${v.version}`).join(', ')} ; ces valeurs ne peuvent pas être recalculées.`,
    );
  }
  const soclePath = join(publicationDir, 'socle.parquet');
  const socle = existsSync(soclePath)
    ? await wh.all<{ name: string; text: string }>(`SELECT partie AS name, texte AS text FROM read_parquet(${sqlString(soclePath)}) ORDER BY ordre`)
    : null;
  return {
    runId: meta.run_id,
    asOf: meta.as_of,
    filesUntil: run?.as_of ?? null,
    demo: Boolean(meta.demo),
    files: fileRows.map((f) => ({ fileId: f.file_id, paths: [...f.paths] })),
    definitions: versions.map((v) => recordedDefinition(v.texte as string)),
    socle: socle === null || socle.length === 0 ? null : socle.map((p) => ({ name: p.name, text: p.text })),
  };
}

/** A recorded definition text; one that no longer fits today's schema is taken as recorded. */
function recordedDefinition(text: string): IndicatorDefinition {
  const json: unknown = JSON.parse(text);
  const parsed = indicatorDefinitionSchema.safeParse(json);
  return Object.freeze(parsed.success ? parsed.data : (json as IndicatorDefinition));
}
