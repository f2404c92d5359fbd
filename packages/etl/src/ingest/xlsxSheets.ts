export interface SheetRow {
  /** Row number as the spreadsheet shows it (1-based). */
  number: number;
  /** Cell values, 1-based as ExcelJS gives them. */
  values: unknown[];
}

export interface Sheet {
  name: string;
  rows: AsyncIterable<SheetRow>;
}

/**
 * The worksheets of a workbook, read with ExcelJS's streaming reader (rows are not all held in
 * memory). When the archive's order keeps the streaming reader from knowing the sheet names
 * (workbook.xml stored after the sheets it names), it falls back to loading the workbook whole;
 * `onFallback` lets the caller discard what the streaming pass gave.
 */
export async function* xlsxSheets(path: string, onFallback: () => Promise<void>): AsyncGenerator<Sheet> {
  // Loaded on the first workbook only: ExcelJS costs ~0,45 s at every start of vigie otherwise.
  const { default: ExcelJS } = await import('exceljs');
  let streamed = false;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    for await (const ws of reader) {
      const model = (reader as unknown as { model?: { sheets?: unknown[] } }).model;
      if (!model?.sheets) throw new Error('noms des feuilles inconnus en lecture continue');
      streamed = true;
      const name = (ws as unknown as { name: string }).name;
      yield { name, rows: ws as unknown as AsyncIterable<SheetRow> };
    }
    return;
  } catch (error) {
    if (streamed) await onFallback();
    // fall through to the whole-workbook reader below
    void error;
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  for (const ws of workbook.worksheets) {
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, number) => rows.push({ number, values: row.values as unknown[] }));
    yield { name: ws.name, rows: toAsync(rows) };
  }
}

async function* toAsync<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

/** The text of a cell as a producer would have written it in a CSV (decimal comma, JJ/MM/AAAA dates). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v['richText'])) return (v['richText'] as Array<{ text: string }>).map((r) => r.text).join('');
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return cellText(v['result']);
    if ('text' in v) return cellText(v['text']);
    if ('error' in v) return String(v['error']);
  }
  return String(value);
}

function numberText(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text.replace('.', ',');
  return n.toFixed(15).replace(/\.?0+$/, '').replace('.', ',');
}

function dateText(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${p(h)}:${p(m)}${s ? `:${p(s)}` : ''}`;
}
