import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { DemoSummary } from '../demo/demoTypes.js';

export interface ParsedCsv {
  bytes: Buffer;
  text: string;
  header: string[];
  /** Data lines, each with its line number (the header is line 1). */
  rows: { line: number; cells: string[] }[];
}

/** Test support: a demo CSV (`;`, no quotes) read as written: Windows-1252 under `cnam/`, else UTF-8 (BOM removed). */
export async function readDemoCsv(root: string, path: string): Promise<ParsedCsv> {
  const bytes = await readFile(join(root, ...path.split('/')));
  const decoded = path.startsWith('cnam/') ? iconv.decode(bytes, 'windows-1252') : bytes.toString('utf8');
  const text = decoded.replace(/^\uFEFF/, '');
  const lines = text.split('\r\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return {
    bytes,
    text,
    header: (lines[0] ?? '').split(';'),
    rows: lines.slice(1).map((l, i) => ({ line: i + 2, cells: l.split(';') })),
  };
}

/** Every CSV the demo wrote for `source` (and whose path passes `filter`), read as written, in the summary's order. */
export async function readDemoSource(root: string, summary: DemoSummary, source: string, filter: (path: string) => boolean = () => true): Promise<(ParsedCsv & { path: string })[]> {
  const paths = summary.files.filter((f) => f.source === source && f.path.endsWith('.csv') && filter(f.path)).map((f) => f.path);
  return Promise.all(paths.map(async (path) => ({ path, ...(await readDemoCsv(root, path)) })));
}
