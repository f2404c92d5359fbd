import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files under `root`, as paths relative to it with `/` separators, sorted: the one walk of a
 * folder tree for Vigie's code (site assembly, the dashboard's fingerprint, tests that read a
 * folder). `skipFolder` receives a folder's relative path and prunes it (with everything under it)
 * when it answers true: node_modules is never read when it is skipped.
 */
export function filesUnder(root: string, skipFolder: (relativePath: string) => boolean = () => false): string[] {
  const files: string[] = [];
  const walk = (relativeDir: string) => {
    for (const entry of readdirSync(join(root, relativeDir), { withFileTypes: true })) {
      const relativePath = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skipFolder(relativePath)) walk(relativePath);
      } else if (entry.isFile()) files.push(relativePath);
    }
  };
  walk('');
  return files.sort();
}
