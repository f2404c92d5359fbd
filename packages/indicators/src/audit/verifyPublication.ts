import { linkSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildModel, ingestInbox, openWarehouse, type Warehouse } from '@vigie/etl';
import { computeDefinitions } from '../compute/computeDefinitions.js';
import { publishIndicators } from '../publish/publishIndicators.js';
import { compareValuesSql, type ValueSelection } from './compareValuesSql.js';
import { locateRecordedFiles, type FileProblem } from './locateRecordedFiles.js';
import { readPublicationAudit } from './readPublicationAudit.js';
import { socleChanges, socleText } from './socleText.js';

export interface VerifyOptions {
  /** The publication folder to verify (valeurs, meta, lignage, indicateurs_versions). */
  publicationDir: string;
  /** Where the recorded files may be: the inbox (by their recorded path) and archive folders (by SHA-256). */
  inbox?: string | undefined;
  archives: readonly string[];
  selection: ValueSelection;
  /** Scratch folder (default: a new temporary folder, removed afterwards). */
  scratchDir?: string;
}

export interface ValueDifference {
  indicateur: string;
  type_periode: string;
  periode: string;
  niveau: string;
  code_geo: string;
  /** What differs, in French (`valeur publiée 12, recalculée 13`). */
  ecart: string;
}

export interface VerifyReport {
  runId: string;
  asOf: string;
  files: number;
  /** Problems with the input files (absent, modified) and with their re-ingestion. */
  problems: FileProblem[];
  ingestDifferences: string[];
  /**
   * The common base (socleText): null when the publication did not record it (older than this
   * record), else what changed from the recorded base to the installed one (empty: identical).
   * A changed base does not fail the verification by itself; it explains the differences, if any.
   */
  socleChanges: string[] | null;
  /** Values compared (the selection), equal ones, and the first differences. */
  checked: number;
  equal: number;
  differences: ValueDifference[];
  differenceCount: number;
  /** The compared cell(s), published and recomputed, for a single-value check. */
  cells: Record<string, unknown>[];
  ok: boolean;
}

/**
 * Re-derives a publication in a scratch warehouse: re-ingests exactly the files its lineage names
 * (found by SHA-256, arrival times as recorded), rebuilds the model, recomputes every published
 * indicator with the SQL text of its recorded version, publishes with the recorded secrecy rules
 * (the whole publication, since secondary secrecy depends on all of it), then compares the
 * selected values with the published ones. Nothing of the real warehouse is read or written.
 */
export async function verifyPublication(options: VerifyOptions): Promise<VerifyReport> {
  const scratch = options.scratchDir ?? mkdtempSync(join(tmpdir(), 'vigie-verifier-'));
  mkdirSync(scratch, { recursive: true });
  const wh = await openWarehouse(join(scratch, 'verification.duckdb'));
  try {
    const audit = await readPublicationAudit(wh, options.publicationDir);
    const located = locateRecordedFiles(audit.files, { inbox: options.inbox, archives: options.archives });
    const report: VerifyReport = {
      runId: audit.runId,
      asOf: audit.asOf,
      files: audit.files.length,
      problems: located.problems,
      ingestDifferences: [],
      socleChanges: audit.socle === null ? null : socleChanges(audit.socle, socleText().parts),
      checked: 0,
      equal: 0,
      differences: [],
      differenceCount: 0,
      cells: [],
      ok: false,
    };
    if (located.found.size < audit.files.length) return report;
    const inbox = join(scratch, 'inbox');
    for (const file of audit.files) {
      for (const path of file.paths) placeFile(located.found.get(file.fileId) as string, join(inbox, ...path.split('/')));
    }
    await ingestInbox(wh, { inbox, runId: 'verification' });
    report.ingestDifferences = await restoreArrivalsAndCompare(wh);
    await buildModel(wh, audit.filesUntil ? { asOf: audit.filesUntil } : {});
    await computeDefinitions(wh, audit.definitions, audit.definitions, {
      runId: audit.runId,
      asOf: audit.asOf,
      ...(audit.filesUntil ? { filesUntil: audit.filesUntil } : {}),
    });
    await publishIndicators(wh, { runId: audit.runId, publicationDir: join(scratch, 'publication'), demo: audit.demo, definitions: audit.definitions });
    await compareValues(wh, options.selection, report);
    report.ok = report.problems.length === 0 && report.ingestDifferences.length === 0 && report.differenceCount === 0 && report.checked > 0;
    return report;
  } finally {
    wh.close();
    if (!options.scratchDir) rmSync(scratch, { recursive: true, force: true });
  }
}

/** Puts the bytes at `target`: a hard link when possible, else a copy. */
function placeFile(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/**
 * Gives every re-ingested file its recorded arrival time (the model orders versions by extract
 * date, then arrival) and lists, in French, the files whose re-ingestion loaded or rejected
 * another number of rows than recorded.
 */
async function restoreArrivalsAndCompare(wh: Warehouse): Promise<string[]> {
  await wh.run(`
    UPDATE ledger.files f SET arrived_at = l.arrive_le_utc
    FROM (SELECT DISTINCT file_id, fichier, arrive_le_utc FROM pub_lignage) l
    WHERE f.file_id = l.file_id AND f.path = l.fichier`);
  const raw = await wh.all<{ name: string }>(
    `SELECT DISTINCT 'raw.' || table_name AS name FROM duckdb_columns() WHERE schema_name = 'raw' AND column_name = '_arrived_at'`,
  );
  for (const { name } of raw) {
    await wh.run(`
      UPDATE ${name} r SET _arrived_at = f.arrived_at
      FROM (SELECT file_id, min(arrived_at) AS arrived_at FROM ledger.files WHERE status IN ('charge', 'charge_avec_rejets') GROUP BY file_id) f
      WHERE r._file_id = f.file_id`);
  }
  const differences = await wh.all<{ message: string }>(`
    SELECT l.fichier || ' : relu avec ' || coalesce(f.rows_loaded, 0) || ' ligne(s) chargée(s) et ' || coalesce(f.rows_rejected, 0) ||
           ' rejetée(s) (statut ' || coalesce(f.status, 'absent') || '), enregistré avec ' || l.lignes_chargees || ' et ' || l.lignes_rejetees ||
           ' (statut ' || l.statut || ')' AS message
    FROM (SELECT DISTINCT file_id, fichier, statut, lignes_chargees, lignes_rejetees FROM pub_lignage) l
    LEFT JOIN ledger.files f ON f.file_id = l.file_id AND f.path = l.fichier
    WHERE f.rows_loaded IS DISTINCT FROM l.lignes_chargees OR f.rows_rejected IS DISTINCT FROM l.lignes_rejetees
    ORDER BY l.fichier`);
  return differences.map((d) => d.message);
}

async function compareValues(wh: Warehouse, selection: ValueSelection, report: VerifyReport): Promise<void> {
  await wh.run(`CREATE OR REPLACE TEMP TABLE verification_comparison AS ${compareValuesSql(selection)}`, selectionParams(selection));
  const totals = await wh.one<{ checked: number; equal: number }>(
    `SELECT count(*) AS checked, count(*) FILTER (WHERE ecart IS NULL) AS equal FROM verification_comparison`,
  );
  report.checked = totals?.checked ?? 0;
  report.equal = totals?.equal ?? 0;
  report.differenceCount = report.checked - report.equal;
  report.differences = await wh.all<ValueDifference & Record<string, unknown>>(
    `SELECT indicateur, type_periode, periode, niveau, code_geo, ecart FROM verification_comparison
     WHERE ecart IS NOT NULL ORDER BY indicateur, type_periode, periode, niveau, code_geo LIMIT 50`,
  );
  if (selection.kind === 'value') report.cells = await wh.all('SELECT * FROM verification_comparison');
}

function selectionParams(selection: ValueSelection): Record<string, string | number> {
  if (selection.kind === 'value') return { id: selection.indicator, period: selection.period, level: selection.level, geo: selection.geo };
  if (selection.kind === 'sample') return { n: selection.size };
  if (selection.kind === 'indicator') return { id: selection.indicator };
  return {};
}
