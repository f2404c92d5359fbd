import { StringDecoder } from 'node:string_decoder';
import type { ColumnDeclaration, FileVariant } from '../sources/sourceDeclaration.js';
import { readFileChunks } from './readFileChunks.js';
import { normaliseHeader, splitHeader, wordingTest } from './matchHeader.js';

/** Where a CSV file's header is: its line (1-based, as an editor counts) and its text; `text` null when there is none. */
export interface CsvHeaderLine {
  line: number;
  text: string | null;
  /** Lines looked at (with `headerSearch`), for the message when the header is not found. */
  searched: number;
}

const SEPARATORS = [';', ',', '\t', '|'];

/**
 * The header line of a UTF-8 CSV file: at the variant's `headerLine`, or, with `headerSearch`, the
 * first line among the first `maxRows` one of whose fields (split on the declared separator, and
 * normalised as headers are) says `firstCell` or another wording of the column it names; title
 * and note lines above it are skipped (DREES and ameli exports carry some). When no line says it
 * with the declared separator, a line saying it with another separator is returned, so that the
 * caller rejects the file for its separator rather than for a missing header.
 */
export async function findCsvHeader(
  path: string,
  variant: Pick<FileVariant, 'headerLine' | 'headerSearch' | 'separator'>,
  columns: readonly ColumnDeclaration[],
): Promise<CsvHeaderLine> {
  const search = variant.headerSearch;
  const lines = await readFirstLines(path, search ? search.maxRows : variant.headerLine);
  if (!search) return { line: variant.headerLine, text: lines[variant.headerLine - 1] ?? null, searched: lines.length };
  const wanted = normaliseHeader(search.firstCell);
  const column = columns.find((c) => [c.header, ...(c.aliases ?? [])].some((w) => normaliseHeader(w) === wanted));
  const columnSays = column ? wordingTest(column) : () => false;
  const says = (field: string) => {
    const n = normaliseHeader(field);
    return n === wanted || columnSays(n);
  };
  for (const separator of [variant.separator, ...SEPARATORS.filter((s) => s !== variant.separator)]) {
    const at = lines.findIndex((l) => splitHeader(l, separator).some(says));
    if (at >= 0) return { line: at + 1, text: lines[at] as string, searched: lines.length };
  }
  return { line: 0, text: null, searched: lines.length };
}

/** The first `count` lines of a UTF-8 text file, without its byte order mark nor line ends (read from its first bytes only). */
export async function readFirstLines(path: string, count: number): Promise<string[]> {
  let text = '';
  const decoder = new StringDecoder('utf8');
  for await (const chunk of readFileChunks(path, 1 << 16)) {
    text += decoder.write(chunk);
    if (text.split('\n').length > count || text.length > 1 << 22) break;
  }
  const lines = text.replace(/^\ufeff/, '').split('\n').slice(0, count);
  return lines.map((l) => l.replace(/\r$/, ''));
}
