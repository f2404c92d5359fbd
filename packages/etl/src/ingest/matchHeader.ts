import type { ColumnDeclaration } from '../sources/sourceDeclaration.js';

export type HeaderMatch =
  | {
      ok: true;
      /** 1-based position in the file of each declared column, in declaration order (0: absent, allowed by `mayBeAbsent`). */
      positions: number[];
      fieldCount: number;
      /** Headers of the file no column declares: kept aside (not loaded). */
      ignored: string[];
      /** Declared headers of the columns absent from the file (`mayBeAbsent`): NULL. */
      absent: string[];
    }
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

/** Same header for a person: surrounding spaces, case, Unicode composition, no-break spaces and curly apostrophes do not count. */
export function normaliseHeader(h: string): string {
  return h.replace(/^\ufeff/, '').normalize('NFC').replace(/[\u00a0\u202f\s]+/g, ' ').replace(/[\u2019\u02bc\u00b4`]/g, "'").trim().toLowerCase();
}
const normalise = normaliseHeader;

/** Does a found header (normalised) say one of the column's wordings? `<AAAA>` stands for any year. */
export function wordingTest(c: Pick<ColumnDeclaration, 'header' | 'aliases'>): (name: string) => boolean {
  const tests = [c.header, ...(c.aliases ?? [])].map((w) => {
    const n = normalise(w);
    if (!n.includes('<aaaa>')) return (name: string) => name === n;
    const re = new RegExp(`^${n.split('<aaaa>').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(?:19|20)\\d{2}')}$`);
    return (name: string) => re.test(name);
  });
  return (name) => tests.some((t) => t(name));
}
const quoteList = (hs: readonly string[]) => hs.map((h) => `"${h}"`).join(', ');

/**
 * Compares the header found in a file with the declared columns, each by its wording or one of its
 * aliases (other vintages). Columns may come in any order; a declared column missing (or renamed)
 * rejects the file, with a message naming what was expected and what was found, unless it is
 * declared `mayBeAbsent`; a column the declaration does not know is ignored (listed in `ignored`).
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
  const tests = columns.map(wordingTest);
  const positions = tests.map((says) => names.findIndex((n) => says(n)) + 1);
  const missingColumns = columns.filter((c, i) => positions[i] === 0 && !c.mayBeAbsent);
  const missing = missingColumns.map((c) => c.header);
  const absent = columns.filter((c, i) => positions[i] === 0 && c.mayBeAbsent).map((c) => c.header);
  const unknown = trimmed.filter((h, i) => h.trim() !== '' && !positions.includes(i + 1));
  const twice = columns.find((_, i) => positions[i] !== 0 && positions.indexOf(positions[i] as number) !== i);
  if (twice) {
    return { ok: false, message: `${where} non conforme : la colonne "${trimmed[(positions[columns.indexOf(twice)] as number) - 1]}" répond à deux colonnes déclarées. ${describe()} Corrigez la déclaration de la source.` };
  }
  if (missing.length > 0) {
    const wordings = missingColumns.map((c) => `"${c.header}"${c.aliases?.length ? ` (ou ${c.aliases.map((a) => `"${a}"`).join(', ')})` : ''}`).join(', ');
    const parts = [`${where} non conforme : colonne${missing.length > 1 ? 's' : ''} attendue${missing.length > 1 ? 's' : ''} absente${missing.length > 1 ? 's' : ''} : ${wordings}`];
    if (unknown.length > 0) parts.push(`colonne${unknown.length > 1 ? 's' : ''} trouvée${unknown.length > 1 ? 's' : ''} inconnue${unknown.length > 1 ? 's' : ''} : ${quoteList(unknown)}`);
    let hint = '';
    if (trimmed.length === 1) {
      const other = [';', ',', '\t', '|'].find((s) => s !== separator && (trimmed[0] ?? '').includes(s));
      if (other) hint = ` Le séparateur attendu est « ${separator} » ; le fichier semble utiliser « ${other === '\t' ? 'tabulation' : other} ».`;
    }
    return { ok: false, message: `${parts.join(' ; ')}. ${describe()}${hint} Corrigez l'en-tête du fichier (ou la déclaration de la source) puis déposez-le à nouveau.` };
  }
  return { ok: true, positions, fieldCount: trimmed.length, ignored: unknown, absent };
}
