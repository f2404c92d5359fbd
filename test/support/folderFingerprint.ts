import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The names and SHA-256 of the files of `dir` (not its subfolders), in name order: equal when the folder is byte for byte the same. */
export function folderFingerprint(dir: string): string {
  return readdirSync(dir)
    .sort()
    .map((f) => `${f}:${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}`)
    .join('|');
}
