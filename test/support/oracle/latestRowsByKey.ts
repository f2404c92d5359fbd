import { readContractCsv } from '../readContractCsv.js';
import type { InboxFile } from './inboxFiles.js';
import type { RejectedLines } from './rejectedLines.js';

/**
 * "Latest file wins" (extracts.md): rows of all files, the file whose name carries the latest
 * date/week winning per key. `order` gives each file a sortable text from its name; a rejected
 * line is skipped, so an older version of its key stands. (Equal orders: the demo never writes
 * two files of the same date with the same key, so arrival order does not matter here.)
 */
export function latestRowsByKey(
  files: InboxFile[],
  order: (f: InboxFile) => string,
  key: (row: Record<string, string>) => string,
  rejected: RejectedLines,
  encoding?: 'windows-1252',
): Array<Record<string, string>> {
  const sorted = [...files].sort((a, b) => order(a).localeCompare(order(b)));
  const rows = new Map<string, Record<string, string>>();
  for (const f of sorted) {
    for (const r of readContractCsv(f.path, encoding ? { encoding } : {}).rows) {
      if (rejected.has(f.relativePath, r.line)) continue;
      rows.set(key(r.values), r.values);
    }
  }
  return [...rows.values()];
}
