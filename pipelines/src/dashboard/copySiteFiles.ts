import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder } from '@vigie/core';

/**
 * The site's files that never change under their name: SvelteKit's `_app/immutable` (compiled
 * chunks, styles, fonts, DuckDB's WebAssembly: 50 of the site's 71 Mo), each named after the hash
 * of its content, and written to a new file by every build (the build folders are emptied first).
 */
export function isImmutableSiteFile(relativePath: string): boolean {
  return relativePath.startsWith('_app/immutable/');
}

/**
 * Copies every file under `from` into `to`: an immutable file (isImmutableSiteFile) is hard-linked
 * instead, when the two folders are on the same file system (else copied). Nothing ever writes into
 * an existing site file (a build or refresh writes new files), so a link shared with the site in
 * place stays as it was.
 */
export function copySiteFiles(from: string, to: string): void {
  const made = new Set<string>();
  for (const file of filesUnder(from)) {
    const target = join(to, file);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    if (isImmutableSiteFile(file)) {
      try {
        linkSync(join(from, file), target);
        continue;
      } catch {
        // another file system, or links refused: a copy
      }
    }
    copyFileSync(join(from, file), target);
  }
}
