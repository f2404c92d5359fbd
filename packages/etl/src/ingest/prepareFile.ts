import { createHash } from 'node:crypto';
import { copyFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { formatNumber } from '@vigie/core';
import { matchSource, type SourceMatch } from '../sources/matchSource.js';
import type { Warehouse } from '../warehouse/index.js';
import { matchHeader, splitHeader } from './matchHeader.js';
import { countDataLines } from './countDataLines.js';
import { findCsvHeader } from './findCsvHeader.js';
import { lineAtOffset, scanFile, type FileScan } from './scanFile.js';
import { checkXlsxArchive } from './checkXlsxArchive.js';
import { readFailureMessage } from './readFailureMessage.js';
import { stageXlsx } from './stageXlsx.js';
import { transcodeToUtf8 } from './transcodeToUtf8.js';
import { DeadlineExceeded, withDeadline } from './withDeadline.js';

/** A declared column's header as one file (or one sheet of it) writes it: maybe another vintage's wording. */
export interface FoundHeader {
  sheet: string;
  id: string;
  header: string;
}

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
  /** A CSV to stage with the others of its layout: the UTF-8 file to read, its header's line and where each column is. */
  csv: { utf8Path: string; headerLine: number; positions: number[]; fieldCount: number } | null;
  /** The header of each declared column present, as the file (or each sheet, `''` for a CSV) writes it: rejects name it. */
  headers: FoundHeader[];
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
  /** Time allowed to read a workbook, from its size in bytes (default: `workbookReadDeadlineMs`). */
  workbookDeadlineMs?: (sizeBytes: number) => number;
}

/** A minute, plus 10 s per megabyte: far beyond what a sound workbook needs (about 1 s per megabyte). */
export function workbookReadDeadlineMs(sizeBytes: number): number {
  return 60_000 + Math.ceil(sizeBytes / 2 ** 20) * 10_000;
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
  let scan: FileScan;
  try {
    scan = await scanFile(abs, { text: match?.variant.format === 'csv' });
  } catch (error) {
    const plan = unreadable(abs, path, file, match, error);
    // Still unreadable at the next run: already in the ledger under the same made-up id.
    return ctx.ledger.get(plan.fileId)?.some((s) => s.path === path) ? { ...plan, kind: 'deja_charge' } : plan;
  }
  const plan: FilePlan = {
    file, path, fileId: scan.sha256, size: scan.size, match, kind: 'staged', message: null, rowsRead: 0,
    extractDate: match?.extractDate ?? null, replaceIgnored: false, csv: null, staged: null, headers: [],
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
      const archive = await checkXlsxArchive(abs);
      if (!archive.ok) return { ...plan, kind: 'rejete', message: archive.message };
      const deadline = (ctx.workbookDeadlineMs ?? workbookReadDeadlineMs)(scan.size);
      let result: Awaited<ReturnType<typeof stageXlsx>>;
      try {
        result = await withDeadline((signal) => stageXlsx(ctx.wh, { file, path: abs, source, variant, derived, table: `vigie_stage_${file}`, signal }), deadline);
      } catch (error) {
        if (!(error instanceof DeadlineExceeded)) throw error;
        const seconds = formatNumber(Math.round(deadline / 1000));
        const size = formatNumber(scan.size / 2 ** 20, 1);
        return { ...plan, kind: 'rejete', message: `lecture arrêtée : un classeur de ${size} Mo se lit en bien moins de ${seconds} s, celui-ci n'était pas lu au bout de ce délai (classeur abîmé ou d'une structure inattendue). Ouvrez-le dans Excel, enregistrez-le à nouveau au format .xlsx, puis déposez-le à nouveau.` };
      }
      if (!result.ok) return { ...plan, kind: 'rejete', message: result.message, rowsRead: result.rowsRead };
      ctx.stagedThisRun.set(scan.sha256, path);
      return { ...plan, staged: { fields: result.fields, tables: result.tables }, headers: result.headers, message: result.note, extractDate: plan.extractDate ?? result.extractDate ?? null };
    }
    const readable = await utf8PathFor(abs, scan, match, join(ctx.tmpDir, `${file}.csv`));
    if ('error' in readable) return { ...plan, kind: 'rejete', message: readable.error };
    if (scan.loneCrAt !== null) {
      const at = await lineAtOffset(abs, scan.loneCrAt);
      const message = `fins de ligne CRLF (Windows) ou LF (Unix) attendues, mais la ligne ${formatNumber(at.line)} contient un retour chariot seul (CR, ancien format Mac ou octet altéré) : fichier non lu, pour ne pas mal découper ses lignes. Réenregistrez-le avec des fins de ligne Windows ou Unix, puis déposez-le à nouveau.`;
      return { ...plan, kind: 'rejete', message };
    }
    const found = await findCsvHeader(readable.path, variant, source.columns);
    const head = found.text;
    const headerLine = found.line;
    const expected = source.columns.map((c) => c.header).join(variant.separator);
    if (variant.headerSearch && head === null && !(await isBlankFile(readable.path))) {
      return {
        ...plan, kind: 'rejete', rowsRead: await countDataLines(readable.path, 0),
        message: `en-tête introuvable : aucune des ${formatNumber(found.searched)} premières lignes n'a de colonne « ${variant.headerSearch.firstCell} ». En-tête attendu : ${expected}. Vérifiez le fichier (ou la déclaration de la source) puis déposez-le à nouveau.`,
      };
    }
    if (head === null || head.trim() === '') {
      return { ...plan, kind: 'rejete', message: `fichier vide ou sans en-tête en ligne ${headerLine || 1}. En-tête attendu : ${expected}.` };
    }
    const other = otherSeparator(head, variant.separator, source.columns.length);
    if (other) {
      const shown = head.length > 200 ? `${head.slice(0, 200)}…` : head;
      return {
        ...plan, kind: 'rejete', rowsRead: await countDataLines(readable.path, headerLine),
        message: `séparateur ${separatorName(variant.separator)} attendu, mais l'en-tête (ligne ${headerLine}) est découpé par ${separatorName(other)} : « ${shown} ». Enregistrez le fichier avec le séparateur ${separatorName(variant.separator)}, puis déposez-le à nouveau.`,
      };
    }
    const fields = splitHeader(head, variant.separator);
    const header = matchHeader(fields, source.columns, variant.separator, variant.headerSearch ? `en-tête (ligne ${headerLine})` : 'en-tête');
    if (!header.ok) return { ...plan, kind: 'rejete', message: header.message, rowsRead: await countDataLines(readable.path, headerLine) };
    const titles = headerLine > 1 ? `en-tête trouvé en ligne ${formatNumber(headerLine)}, ${headerLine === 2 ? 'ligne 1 de titre non lue' : `lignes 1 à ${formatNumber(headerLine - 1)} de titre non lues`}` : null;
    const ignored = header.ignored.length > 0 ? `colonne(s) non déclarée(s) ignorée(s) : ${header.ignored.map((x) => `"${x}"`).join(', ')}` : null;
    const absent = header.absent.length > 0 ? `colonne(s) absente(s) de ce millésime, laissée(s) vide(s) : ${header.absent.map((x) => `"${x}"`).join(', ')}` : null;
    ctx.stagedThisRun.set(scan.sha256, path);
    const headers = source.columns.flatMap((c, i) => {
      const p = header.positions[i] ?? 0;
      return p > 0 ? [{ sheet: '', id: c.id, header: (fields[p - 1] ?? c.header).replace(/^\ufeff/, '').trim() }] : [];
    });
    return {
      ...plan,
      csv: { utf8Path: readable.path, headerLine, positions: header.positions, fieldCount: header.fieldCount },
      headers,
      message: [readable.note, titles, ignored, absent].filter(Boolean).join(' ; ') || null,
    };
  } catch (error) {
    return { ...plan, kind: 'rejete', message: readFailureMessage(error, variant.format) };
  }
}

/** What a binary file named .csv is, from its first bytes (null: not one of these). */
function binaryKind(head: Buffer): string | null {
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return 'une archive zip (un classeur Excel .xlsx ?)';
  if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'un document Office binaire (classeur Excel 97-2003 .xls, ou classeur protégé par mot de passe)';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'un document PDF';
  return null;
}

const SEPARATORS = [';', ',', '\t', '|'];

/** The separator a header line uses instead of the declared one (none of the declared, several of another), or null. */
function otherSeparator(head: string, declared: string, columns: number): string | null {
  if (columns < 2 || head.includes(declared)) return null;
  const counts = SEPARATORS.filter((s) => s !== declared).map((s) => ({ s, n: head.split(s).length - 1 }));
  const best = counts.sort((a, b) => b.n - a.n)[0];
  return best && best.n > 0 ? best.s : null;
}

function separatorName(sep: string): string {
  return sep === '\t' ? '« tabulation »' : `« ${sep} »`;
}

/** A file that cannot even be read (rights, vanished): rejected, identified by its path since its bytes are unknown. */
function unreadable(abs: string, path: string, file: number, match: SourceMatch | null, error: unknown): FilePlan {
  let size = 0;
  try {
    size = statSync(abs).size;
  } catch {
    size = 0;
  }
  return {
    file, path, fileId: `illisible-${createHash('sha256').update(path).digest('hex')}`, size, match, kind: 'rejete',
    message: readFailureMessage(error, match?.variant.format ?? 'csv'), rowsRead: 0, extractDate: match?.extractDate ?? null,
    replaceIgnored: false, csv: null, staged: null, headers: [],
  };
}

/**
 * The file itself under the name `tmpPath` (`<tmpDir>/<file>.csv`): a symbolic link, a copy where
 * links are refused. stageCsvGroup tells the files of a group apart by that name.
 */
function linkTo(abs: string, tmpPath: string): string {
  try {
    symlinkSync(abs, tmpPath);
  } catch {
    copyFileSync(abs, tmpPath);
  }
  return tmpPath;
}

/** The file to read as UTF-8, named `tmpPath`: a link to the file itself, or its transcoding from Windows-1252; or why it cannot be read. */
async function utf8PathFor(abs: string, scan: FileScan, match: SourceMatch, tmpPath: string): Promise<{ path: string; note: string | null } | { error: string }> {
  const declared = match.variant.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252';
  const redo = `Réenregistrez-le en ${declared} puis déposez-le à nouveau.`;
  if (scan.utf16) return { error: `encodage : ${declared} attendu, UTF-16 trouvé. ${redo}` };
  const kind = binaryKind(scan.head);
  if (kind) return { error: `fichier texte CSV attendu, mais c'est ${kind}. Enregistrez-le au format CSV (séparateur « ${match.variant.separator} », ${declared}), puis déposez-le à nouveau.` };
  if (scan.controlByteAt !== null) {
    const at = await lineAtOffset(abs, scan.controlByteAt);
    return { error: `octet 0x${at.byte.toString(16).padStart(2, '0').toUpperCase()} à la ligne ${formatNumber(at.line)} : ce n'est pas un fichier texte CSV en ${declared}. ${redo}` };
  }
  if (scan.ascii) return { path: linkTo(abs, tmpPath), note: null };
  if (match.variant.encoding === 'utf-8') {
    if (scan.utf8) return { path: linkTo(abs, tmpPath), note: null };
    const at = await lineAtOffset(abs, scan.invalidUtf8At ?? 0);
    const hex = at.byte.toString(16).padStart(2, '0').toUpperCase();
    return { error: `encodage : UTF-8 attendu, mais l'octet 0x${hex} de la ligne ${at.line} n'est pas de l'UTF-8 (le fichier semble être en Windows-1252 ou Latin-1). ${redo}` };
  }
  if (scan.utf8) return { path: linkTo(abs, tmpPath), note: 'fichier en UTF-8 et non en Windows-1252 : lu en UTF-8' };
  await transcodeToUtf8(abs, tmpPath);
  return { path: tmpPath, note: null };
}

/** A file holding nothing but spaces and line ends. */
async function isBlankFile(path: string): Promise<boolean> {
  return (await countDataLines(path, 0)) === 0;
}
