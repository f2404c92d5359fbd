import type { ColumnDeclaration, FileVariant, SourceDeclaration } from '../sources/sourceDeclaration.js';
import { extractDateFromName } from '../sources/extractDateFromName.js';
import { readableSheetPatterns } from '../sources/sourceTexts.js';
import type { Warehouse } from '../warehouse/index.js';
import type { FoundHeader } from './prepareFile.js';
import { sheetDataRows, sheetLayoutNote, type SheetLayout } from './sheetDataRows.js';
import { sqlIdent as q } from '@vigie/core';
import { cellText, xlsxSheets } from './xlsxSheets.js';

/**
 * Stages a workbook into a temporary table of the same shape as stageCsv's: the sheets the
 * variant names (`APL_<AAAA>`, `APL <AAAA>`), or without a sheet pattern every sheet whose header
 * matches, from the row after the header (found at its line or by its content, units row and
 * trailing notes set aside: see sheetDataRows.ts); each row keeps its sheet and its row number. Rows go through
 * DuckDB's appender, cells as text (numbers with a decimal comma, dates JJ/MM/AAAA).
 */
export async function stageXlsx(
  wh: Warehouse,
  args: {
    file: number; path: string; source: SourceDeclaration; variant: FileVariant; derived: Record<string, string>; table: string;
    /** Aborted when the read takes too long (see withDeadline): reading stops at the next row. */
    signal?: AbortSignal;
  },
): Promise<
  | { ok: true; fields: string; tables: string[]; note: string | null; extractDate: string | null; headers: FoundHeader[] }
  | { ok: false; message: string; rowsRead: number }
> {
  const { source, variant, table } = args;
  const ids = [...source.columns.map((c) => c.id), ...source.derived.map((d) => d.id)];
  await wh.run(
    `CREATE OR REPLACE TEMP TABLE ${table} (_file INTEGER, _line BIGINT, _sheet VARCHAR, _row_error VARCHAR, _record VARCHAR, ${ids.map((id) => `${q(id)} VARCHAR`).join(', ')})`,
  );
  const loaded: string[] = [];
  const skipped: string[] = [];
  const headerProblems: string[] = [];
  const layoutNotes: string[] = [];
  const headers: FoundHeader[] = [];
  let extractDate: string | null = null;
  let rowsSeen = 0;
  let failure: string | null = null;
  const appender = await wh.connection.createAppender(table, 'main', 'temp');
  try {
    const restart = async () => {
      appender.flushSync();
      await wh.run(`DELETE FROM ${table}`);
      loaded.length = skipped.length = headerProblems.length = layoutNotes.length = headers.length = 0;
      rowsSeen = 0;
    };
    for await (const sheet of xlsxSheets(args.path, restart)) {
      const named = variant.sheet ? variant.sheet.exec(sheet.name) : null;
      if (variant.sheet && !named) {
        skipped.push(sheet.name);
        for await (const _ of sheet.rows) args.signal?.throwIfAborted(); // the streaming reader must read a sheet to reach the next
        continue;
      }
      const groups = { ...(named?.groups ?? {}) };
      const derived = source.derived.map((d) => groups[d.group] ?? args.derived[d.id] ?? '');
      const layout: SheetLayout = { positions: null, problem: null, headerRow: null, unitsRow: null, noteRows: [], ignored: [], absent: [] };
      for await (const row of sheetDataRows(sheet, source.columns, variant, layout)) {
        args.signal?.throwIfAborted();
        const positions = layout.positions as number[];
        const texts = positions.map((p, i) => cellTextFor(p > 0 ? row.values[p] : undefined, source.columns[i] as ColumnDeclaration));
        if (texts.every((t) => t.trim() === '')) continue;
        rowsSeen++;
        appender.appendInteger(args.file);
        appender.appendBigInt(BigInt(row.number));
        appender.appendVarchar(sheet.name);
        appender.appendNull();
        appender.appendNull();
        for (const t of texts) appender.appendVarchar(t);
        for (const d of derived) appender.appendVarchar(d);
        appender.endRow();
      }
      const problem = layout.problem;
      const layoutNote = sheetLayoutNote(sheet.name, layout);
      if (!problem && layoutNote) layoutNotes.push(layoutNote);
      if (problem) {
        if (variant.sheet) {
          failure = problem;
          break;
        }
        headerProblems.push(problem);
        continue;
      }
      loaded.push(sheet.name);
      for (const [i, p] of (layout.positions ?? []).entries()) {
        const c = source.columns[i] as ColumnDeclaration;
        if (p > 0) headers.push({ sheet: sheet.name, id: c.id, header: (layout.headerTexts?.[p - 1] ?? c.header).trim() });
      }
      const dated = extractDateFromName(groups);
      if ('date' in dated && dated.date && (!extractDate || dated.date > extractDate)) extractDate = dated.date;
    }
  } finally {
    appender.closeSync();
  }
  if (failure !== null) {
    await wh.run(`DROP TABLE IF EXISTS ${table}`);
    return { ok: false, message: failure, rowsRead: 0 };
  }
  if (loaded.length === 0) {
    await wh.run(`DROP TABLE IF EXISTS ${table}`);
    const message = variant.sheet
      ? `aucune feuille au nom attendu (${describeSheetPattern(variant.sheet)}) ; feuille(s) trouvée(s) : ${skipped.map((s) => `« ${s} »`).join(', ') || 'aucune'}`
      : headerProblems[0] ?? 'classeur sans feuille';
    return { ok: false, message, rowsRead: rowsSeen };
  }
  const note = [`feuille(s) lue(s) : ${loaded.join(', ')}${skipped.length ? ` ; ignorée(s) : ${skipped.join(', ')}` : ''}`, ...layoutNotes].join(' ; ');
  return { ok: true, fields: `SELECT * FROM ${table}`, tables: [table], note, extractDate, headers };
}

/** `^APL[ _](?<year>\d{4})$` → `APL_<AAAA> ou APL <AAAA>` for a message. */
function describeSheetPattern(re: RegExp): string {
  return readableSheetPatterns(re).join(' ou ');
}

/** A cell as text; codes typed as numbers by a spreadsheet get their leading zeros back. */
function cellTextFor(value: unknown, column: ColumnDeclaration): string {
  const text = cellText(value);
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (column.check === 'commune' || column.check === 'communeFormat') return text.padStart(5, '0');
    if (column.check === 'departement') return text.padStart(2, '0');
  }
  return text;
}
