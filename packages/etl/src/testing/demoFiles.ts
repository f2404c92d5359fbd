import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { DemoSummary } from '../demo/demoTypes.js';

/** Aides des tests du générateur : dossier temporaire, lecture d'un CSV tel qu'il est écrit. */
export async function temporaryFolder(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `vigie-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Tous les fichiers d'un dossier, chemins relatifs avec `/`, triés. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1).split(/[\\/]/).join('/'))
    .sort();
}

export interface ParsedCsv {
  bytes: Buffer;
  text: string;
  header: string[];
  /** Lignes de données, chacune avec son numéro de ligne (en-tête = 1). */
  rows: { line: number; cells: string[] }[];
}

/** Lit un CSV `;` sans guillemets : Windows-1252 pour `cnam/`, UTF-8 (BOM retiré) sinon. */
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
