import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';

/**
 * A deliberately simple, independent reader of the contract's CSV files, for tests only (small
 * files): decodes, drops a BOM, splits CRLF lines and `;` fields with double quotes.
 * Returns each row with its line number as a text editor counts (header = line 1).
 */
export function readContractCsv(path: string, options: { encoding?: 'utf-8' | 'windows-1252'; separator?: string } = {}) {
  const bytes = readFileSync(path);
  let text = options.encoding === 'windows-1252' ? iconv.decode(bytes, 'win1252') : bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  const sep = options.separator ?? ';';
  const header = splitLine(lines[0] ?? '', sep);
  const rows: Array<{ line: number; values: Record<string, string> }> = [];
  lines.slice(1).forEach((raw, i) => {
    if (raw === '') return;
    const fields = splitLine(raw, sep);
    const values: Record<string, string> = {};
    header.forEach((h, j) => (values[h] = fields[j] ?? ''));
    rows.push({ line: i + 2, values });
  });
  return { header, rows };
}

function splitLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}
