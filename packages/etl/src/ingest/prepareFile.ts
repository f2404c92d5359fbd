import { join } from 'node:path';
import { matchSource, type SourceMatch } from '../sources/matchSource.js';
import type { Warehouse } from '../warehouse/index.js';
import { matchHeader, splitHeader } from './matchHeader.js';
import { countDataLines, readCsvHead } from './readCsvHead.js';
import { lineAtOffset, scanFile, type FileScan } from './scanFile.js';
import { stageXlsx } from './stageXlsx.js';
import { transcodeToUtf8 } from './transcodeToUtf8.js';

/** What the first phase of an ingest decided for one inbox file (before the transaction). */
export interface FilePlan {
  /** Index of the file in the run (the `_file` of staged rows). */
  file: number;
  path: string;
  fileId: string;
  size: number;
  match: SourceMatch | null;
  kind: 'deja_charge' | 'ignore' | 'doublon' | 'rejete' | 'staged';
  message: string | null;
  /** Data rows of a file rejected whole. */
  rowsRead: number;
  extractDate: string | null;
  /** The ledger lists these bytes at this path as `ignore`: a source now recognises them. */
  replaceIgnored: boolean;
  /** A CSV to stage with the others of its layout: the UTF-8 file to read and where each column is. */
  csv: { utf8Path: string; positions: number[]; fieldCount: number } | null;
  /** A workbook already staged: the query over its rows and the temporary tables behind it. */
  staged: { fields: string; tables: string[] } | null;
}

export interface PrepareContext {
  wh: Warehouse;
  inbox: string;
  tmpDir: string;
  /** Ledger rows already there, by file_id. */
  ledger: Map<string, Array<{ path: string; status: string }>>;
  /** file_id → path of the files to load earlier in this run. */
  stagedThisRun: Map<string, string>;
}

const LOADED = new Set(['charge', 'charge_avec_rejets']);

/**
 * Phase 1 of an ingest, outside the transaction, touching only temporary tables: identifies the
 * file (SHA-256), recognises its source, checks its encoding and its header (a workbook is staged
 * here; CSV files are staged later, together with the others of the same layout).
 */
export async function prepareFile(ctx: PrepareContext, path: string, file: number): Promise<FilePlan> {
  const abs = join(ctx.inbox, ...path.split('/'));
  const match = matchSource(path);
  const scan = await scanFile(abs, { text: match?.variant.format === 'csv' });
  const plan: FilePlan = {
    file, path, fileId: scan.sha256, size: scan.size, match, kind: 'staged', message: null, rowsRead: 0,
    extractDate: match?.extractDate ?? null, replaceIgnored: false, csv: null, staged: null,
  };
  const seen = ctx.ledger.get(scan.sha256) ?? [];
  const here = seen.find((s) => s.path === path);
  if (here && !(here.status === 'ignore' && match)) return { ...plan, kind: 'deja_charge' };
  plan.replaceIgnored = here !== undefined;
  if (!match) {
    return { ...plan, kind: 'ignore', message: "aucune source ne reconnaît ce nom de fichier : il est laissé en place (voir la liste des sources et leurs noms de fichier dans la documentation)" };
  }
  const loadedElsewhere = seen.find((s) => s.path !== path && LOADED.has(s.status))?.path ?? ctx.stagedThisRun.get(scan.sha256);
  if (loadedElsewhere) return { ...plan, kind: 'doublon', message: `mêmes octets que ${loadedElsewhere}, déjà chargé : fichier non rechargé` };
  if (match.nameError) return { ...plan, kind: 'rejete', message: match.nameError };
  const { source, variant } = match;
  const derived: Record<string, string> = {};
  for (const d of source.derived) derived[d.id] = match.groups[d.group] ?? '';
  try {
    if (variant.format === 'xlsx') {
      const result = await stageXlsx(ctx.wh, { file, path: abs, source, variant, derived, table: `vigie_stage_${file}` });
      if (!result.ok) return { ...plan, kind: 'rejete', message: result.message, rowsRead: result.rowsRead };
      ctx.stagedThisRun.set(scan.sha256, path);
      return { ...plan, staged: { fields: result.fields, tables: result.tables }, message: result.note, extractDate: plan.extractDate ?? result.extractDate ?? null };
    }
    const readable = await utf8PathFor(abs, scan, match, join(ctx.tmpDir, `${file}.csv`));
    if ('error' in readable) return { ...plan, kind: 'rejete', message: readable.error };
    const head = await readCsvHead(readable.path, variant.headerLine);
    if (head === null || head.trim() === '') {
      const expected = source.columns.map((c) => c.header).join(variant.separator);
      return { ...plan, kind: 'rejete', message: `fichier vide ou sans en-tête en ligne ${variant.headerLine}. En-tête attendu : ${expected}.` };
    }
    const header = matchHeader(splitHeader(head, variant.separator), source.columns, variant.separator);
    if (!header.ok) return { ...plan, kind: 'rejete', message: header.message, rowsRead: await countDataLines(readable.path, variant.headerLine) };
    const ignored = header.ignored.length > 0 ? `colonne(s) non déclarée(s) ignorée(s) : ${header.ignored.map((x) => `"${x}"`).join(', ')}` : null;
    ctx.stagedThisRun.set(scan.sha256, path);
    return {
      ...plan,
      csv: { utf8Path: readable.path, positions: header.positions, fieldCount: header.fieldCount },
      message: [readable.note, ignored].filter(Boolean).join(' ; ') || null,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ...plan, kind: 'rejete', message: `lecture impossible : ${reason}. Vérifiez que le fichier est bien un ${variant.format.toUpperCase()} complet, puis déposez-le à nouveau.` };
  }
}

/** The file to read as UTF-8: the file itself, or its transcoding from Windows-1252; or why it cannot be read. */
async function utf8PathFor(abs: string, scan: FileScan, match: SourceMatch, tmpPath: string): Promise<{ path: string; note: string | null } | { error: string }> {
  const declared = match.variant.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252';
  const redo = `Réenregistrez-le en ${declared} puis déposez-le à nouveau.`;
  if (scan.utf16) return { error: `encodage : ${declared} attendu, UTF-16 trouvé. ${redo}` };
  if (scan.controlByteAt !== null) {
    const at = await lineAtOffset(abs, scan.controlByteAt);
    return { error: `octet 0x${at.byte.toString(16).padStart(2, '0').toUpperCase()} à la ligne ${at.line} : ce n'est pas un fichier texte CSV en ${declared}. ${redo}` };
  }
  if (scan.ascii) return { path: abs, note: null };
  if (match.variant.encoding === 'utf-8') {
    if (scan.utf8) return { path: abs, note: null };
    const at = await lineAtOffset(abs, scan.invalidUtf8At ?? 0);
    const hex = at.byte.toString(16).padStart(2, '0').toUpperCase();
    return { error: `encodage : UTF-8 attendu, mais l'octet 0x${hex} de la ligne ${at.line} n'est pas de l'UTF-8 (le fichier semble être en Windows-1252 ou Latin-1). ${redo}` };
  }
  if (scan.utf8) return { path: abs, note: 'fichier en UTF-8 et non en Windows-1252 : lu en UTF-8' };
  await transcodeToUtf8(abs, tmpPath);
  return { path: tmpPath, note: null };
}
