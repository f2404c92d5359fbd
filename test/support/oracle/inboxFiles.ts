import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface InboxFile {
  name: string;
  /** Absolute path. */
  path: string;
  /** Relative to the inbox, `/` separated (`ars/lieux_11_20251026.csv`), as in `DemoSummary.faults`. */
  relativePath: string;
  match: RegExpExecArray;
}

/** Files of one producer folder whose name matches `pattern` (capture groups kept in `match`). */
export function inboxFiles(inbox: string, folder: string, pattern: RegExp): InboxFile[] {
  const dir = join(inbox, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({ name, path: join(dir, name), relativePath: `${folder}/${name}`, match: pattern.exec(name)! }));
}
