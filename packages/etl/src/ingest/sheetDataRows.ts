import { formatNumber } from '@vigie/core';
import type { ColumnDeclaration, FileVariant } from '../sources/sourceDeclaration.js';
import { matchHeader, normaliseHeader } from './matchHeader.js';
import { cellText, type SheetRow } from './xlsxSheets.js';

/** What reading a sheet found around its data: where the header was, what was skipped and why. */
export interface SheetLayout {
  /** 1-based position in the row of each declared column (0: absent, allowed); null while no header matched. */
  positions: number[] | null;
  /** Why the sheet cannot be read (no header, header not matching); null when it can. */
  problem: string | null;
  headerRow: number | null;
  /** The row of units under the header, skipped. */
  unitsRow: number | null;
  /** Rows of notes after the data (blank or a single cell of text), not read as data. */
  noteRows: number[];
  /** Headers of the sheet no column declares (kept aside), and declared columns absent from it. */
  ignored: string[];
  absent: string[];
  /** The header row's cells as the sheet writes them (rejects name a column by its own wording). */
  headerTexts?: string[];
}

const blank = (t: string) => t.trim() === '';

/**
 * The data rows of a sheet (as the sheet gives them), after locating its header: at the variant's
 * `headerLine`, or, with `headerSearch`, the first row among the first `maxRows` whose first
 * non-empty cell is the expected one. With `unitsRow`, the row right under the header is skipped
 * when its first declared column is empty (a row of units); with `trailingNotes`, the rows after the
 * data that are blank or hold one cell of text with a space are notes, held back until the end of
 * the sheet (a data row after them makes them data again). `layout` is filled as rows are read.
 */
export async function* sheetDataRows(
  sheet: { name: string; rows: AsyncIterable<SheetRow> },
  columns: readonly ColumnDeclaration[],
  variant: Pick<FileVariant, 'headerLine' | 'headerSearch' | 'unitsRow' | 'trailingNotes'>,
  layout: SheetLayout,
): AsyncGenerator<SheetRow> {
  const search = variant.headerSearch;
  layout.problem = search
    ? `en-tête introuvable dans la feuille « ${sheet.name} » : aucune des ${formatNumber(search.maxRows)} premières lignes ne commence par « ${search.firstCell} ». En-tête attendu : ${columns.map((c) => c.header).join(' ; ')}. Vérifiez la feuille (ou la déclaration de la source) puis déposez le classeur à nouveau.`
    : `la feuille « ${sheet.name} » n'a pas d'en-tête en ligne ${variant.headerLine}`;
  let searching = true;
  let firstAfterHeader = true;
  let held: SheetRow[] = [];
  const keyIndex = Math.max(0, columns.findIndex((c) => c.required));
  for await (const row of sheet.rows) {
    if (searching) {
      const texts = row.values.slice(1).map(cellText);
      const isHeader = search
        ? row.number <= search.maxRows && normaliseHeader(texts.find((t) => !blank(t)) ?? '') === normaliseHeader(search.firstCell)
        : row.number === variant.headerLine;
      if (!isHeader) continue;
      searching = false;
      layout.headerRow = row.number;
      layout.headerTexts = texts;
      const header = matchHeader(texts, columns, ';', `en-tête de la feuille « ${sheet.name} » (ligne ${row.number})`);
      if (header.ok) {
        layout.positions = header.positions;
        layout.ignored = header.ignored;
        layout.absent = header.absent;
        layout.problem = null;
      } else layout.problem = header.message;
      continue;
    }
    const positions = layout.positions;
    if (!positions) continue; // the streaming reader must read a sheet to reach the next
    const declared = positions.map((p) => cellText(p > 0 ? row.values[p] : undefined));
    if (firstAfterHeader) {
      firstAfterHeader = false;
      if (variant.unitsRow && blank(declared[keyIndex] ?? '') && declared.some((t) => !blank(t))) {
        layout.unitsRow = row.number;
        continue;
      }
    }
    if (variant.trailingNotes && isNoteRow(row)) {
      held.push(row);
      continue;
    }
    yield* held;
    held = [];
    yield row;
  }
  layout.noteRows = held.map((r) => r.number);
}

/** A blank row, or one cell of text with a space (`Source : …`): a note, not a row of data. */
function isNoteRow(row: SheetRow): boolean {
  const filled = row.values.slice(1).map(cellText).filter((t) => !blank(t));
  return filled.length === 0 || (filled.length === 1 && /\S\s+\S/.test(filled[0] as string));
}

/** The French note of a sheet's layout for the file's ledger message; null when there is nothing to say. */
export function sheetLayoutNote(name: string, layout: SheetLayout): string | null {
  const parts: string[] = [];
  if (layout.unitsRow !== null) parts.push(`ligne d'unités ${formatNumber(layout.unitsRow)} sautée`);
  const notes = layout.noteRows;
  if (notes.length > 0) {
    const first = formatNumber(notes[0] as number);
    const last = formatNumber(notes[notes.length - 1] as number);
    parts.push(`${formatNumber(notes.length)} ligne(s) de notes après les données, non lue(s) (${notes.length === 1 ? `ligne ${first}` : `lignes ${first} à ${last}`})`);
  }
  if (layout.ignored.length > 0) parts.push(`colonne(s) non déclarée(s) laissée(s) de côté : ${layout.ignored.map((h) => `"${h}"`).join(', ')}`);
  if (layout.absent.length > 0) parts.push(`colonne(s) absente(s) de ce millésime, laissée(s) vide(s) : ${layout.absent.map((h) => `"${h}"`).join(', ')}`);
  return parts.length > 0 ? `feuille ${name} : ${parts.join(', ')}` : null;
}
