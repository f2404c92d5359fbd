import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Test support: every file under `root`, as relative paths with `/`, sorted. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1).split(/[\\/]/).join('/'))
    .sort();
}
