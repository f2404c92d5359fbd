import type { ColumnDeclaration } from '../sources/sourceDeclaration.js';

export type HeaderMatch =
  | { ok: true; /** 1-based position in the file of each declared column, in declaration order. */ positions: number[]; fieldCount: number; ignored: string[] }
  | { ok: false; message: string };

/** Splits one header line on the separator, honouring double quotes. */
export function splitHeader(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (inQuotes) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else field += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === separator) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** Same header for a person: surrounding spaces, case, Unicode composition and no-break spaces do not count. */
function normalise(h: string): string {
  return h.replace(/^\ufeff/, '').normalize('NFC').replace(/[\u00a0\u202f\s]+/g, ' ').trim().toLowerCase();
}

const quoteList = (hs: readonly string[]) => hs.map((h) => `"${h}"`).join(', ');

/**
 * Compares the header found in a file with the declared columns. Columns may come in any order;
 * a declared column missing (or renamed) rejects the file, with a message naming what was
 * expected and what was found; a column the declaration does not know is ignored.
 */
export function matchHeader(found: readonly string[], columns: readonly ColumnDeclaration[], separator: string, where = 'en-tête'): HeaderMatch {
  const trimmed = [...found];
  while (trimmed.length > 0 && (trimmed[trimmed.length - 1] ?? '').trim() === '') trimmed.pop();
  const names = trimmed.map(normalise);
  const duplicate = names.find((n, i) => n !== '' && names.indexOf(n) !== i);
  const expected = columns.map((c) => c.header);
  const describe = () =>
    `En-tête attendu : ${expected.join(separator)} — ${where} trouvé : ${trimmed.join(separator) || '(vide)'}.`;
  if (duplicate !== undefined) {
    return { ok: false, message: `${where} non conforme : la colonne "${trimmed[names.indexOf(duplicate)]}" figure deux fois. ${describe()}` };
  }
  const positions = columns.map((c) => names.indexOf(normalise(c.header)) + 1);
  const missing = columns.filter((_, i) => positions[i] === 0).map((c) => c.header);
  const unknown = trimmed.filter((h) => !columns.some((c) => normalise(c.header) === normalise(h)) && h.trim() !== '');
  if (missing.length > 0) {
    const parts = [`${where} non conforme : colonne${missing.length > 1 ? 's' : ''} attendue${missing.length > 1 ? 's' : ''} absente${missing.length > 1 ? 's' : ''} : ${quoteList(missing)}`];
    if (unknown.length > 0) parts.push(`colonne${unknown.length > 1 ? 's' : ''} trouvée${unknown.length > 1 ? 's' : ''} inconnue${unknown.length > 1 ? 's' : ''} : ${quoteList(unknown)}`);
    let hint = '';
    if (trimmed.length === 1) {
      const other = [';', ',', '\t', '|'].find((s) => s !== separator && (trimmed[0] ?? '').includes(s));
      if (other) hint = ` Le séparateur attendu est « ${separator} » ; le fichier semble utiliser « ${other === '\t' ? 'tabulation' : other} ».`;
    }
    return { ok: false, message: `${parts.join(' ; ')}. ${describe()}${hint} Corrigez l'en-tête du fichier (ou la déclaration de la source) puis déposez-le à nouveau.` };
  }
  return { ok: true, positions, fieldCount: trimmed.length, ignored: unknown };
}
