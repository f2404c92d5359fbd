import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDate, formatNumber, sqlString } from '@vigie/core';
import { openWarehouse } from '@vigie/etl';
import { renderFiche } from '../explain/renderFiche.js';
import { indicatorDefinitionSchema, type IndicatorDefinition } from '../definitions/indicatorDefinition.js';
import { auditReadme } from './auditReadme.js';

export interface AuditBundleSummary {
  files: number;
  versions: number;
  values: number;
  runId: string;
}

/**
 * The audit bundle of a publication, in `out`: `publication/` (every Parquet file as published,
 * lineage and definition versions included), `fiches/<id>-v<version>.md` (the fiche of every
 * version ever computed, with its recorded SQL), `fichiers.csv` (the input files of the published
 * run: path, source, SHA-256, rows), `SHA256SUMS` (to check the files with `sha256sum -c`) and a
 * README in French saying how to re-derive any value on another machine.
 */
export async function writeAuditBundle(publicationDir: string, out: string): Promise<AuditBundleSummary> {
  for (const f of ['valeurs.parquet', 'meta.parquet', 'lignage.parquet', 'indicateurs_versions.parquet']) {
    if (!existsSync(join(publicationDir, f))) {
      throw new Error(`Publication ${publicationDir} : ${f} absent. Relancez « vigie run » pour publier le lignage, puis « vigie audit ».`);
    }
  }
  if (existsSync(out) && readdirSync(out).length > 0) {
    throw new Error(`Le dossier ${out} existe et n'est pas vide : indiquez un dossier nouveau ou vide pour --out.`);
  }
  mkdirSync(join(out, 'fiches'), { recursive: true });
  cpSync(publicationDir, join(out, 'publication'), { recursive: true });
  const wh = await openWarehouse(':memory:');
  try {
    const pub = (file: string) => `read_parquet(${sqlString(join(out, 'publication', file))})`;
    const meta = await wh.one<{ run_id: string; as_of: string; published: string }>(
      `SELECT run_id, date_fin_derniere_semaine::VARCHAR AS as_of, strftime(publie_le, '%Y-%m-%dT%H:%M') AS published FROM ${pub('meta.parquet')} LIMIT 1`,
    );
    const versions = await wh.all<{ id: string; version: number; texte: string; sql: string; empreinte: string }>(
      `SELECT id, version, texte, sql, empreinte FROM ${pub('indicateurs_versions.parquet')} ORDER BY id, version`,
    );
    for (const v of versions) {
      const parsed = indicatorDefinitionSchema.safeParse(JSON.parse(v.texte));
      const def = (parsed.success ? parsed.data : JSON.parse(v.texte)) as IndicatorDefinition;
      const fiche = renderFiche({ ...def, sql: v.sql });
      writeFileSync(join(out, 'fiches', `${v.id}-v${v.version}.md`), `${fiche}\nEmpreinte SHA-256 du texte (SQL et paramètres) : \`${v.empreinte}\`\n`);
    }
    await wh.run(
      `COPY (SELECT DISTINCT fichier, source, file_id AS sha256, statut, date_extrait, portee, octets, lignes_lues, lignes_chargees, lignes_rejetees
             FROM ${pub('lignage.parquet')} ORDER BY source, fichier)
       TO ${sqlString(join(out, 'fichiers.csv'))} (HEADER, DELIMITER ';')`,
    );
    const files = await wh.all<{ file_id: string; fichier: string }>(
      `SELECT DISTINCT file_id, fichier FROM ${pub('lignage.parquet')} ORDER BY fichier`,
    );
    writeFileSync(join(out, 'SHA256SUMS'), files.map((f) => `${f.file_id}  ${f.fichier}\n`).join(''));
    const values = await wh.one<{ n: number }>(`SELECT count(*) AS n FROM ${pub('valeurs.parquet')}`);
    const summary = { files: new Set(files.map((f) => f.file_id)).size, versions: versions.length, values: values?.n ?? 0, runId: meta?.run_id ?? '' };
    writeFileSync(
      join(out, 'LISEZMOI.md'),
      auditReadme({
        runId: summary.runId,
        asOf: meta ? formatDate(meta.as_of) : '—',
        published: meta ? formatDate(meta.published) : '—',
        values: formatNumber(summary.values),
        files: formatNumber(summary.files),
        versions: formatNumber(summary.versions),
      }),
    );
    return summary;
  } finally {
    wh.close();
  }
}
