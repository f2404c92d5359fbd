import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';

/**
 * Renames each data file of the site's `data/manifest.json` to `<table>/<md5>/<table>.parquet`
 * and rewrites the manifest, as `evidence build` does once Vite is done (cli.js of
 * @evidence-dev/evidence 40.1.8): a new publication gets new addresses, so no browser cache
 * serves the previous week's files.
 */
export function hashDataFiles(dataDir: string): void {
  const manifestFile = join(dataDir, 'manifest.json');
  if (!existsSync(manifestFile)) return;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { renderedFiles: Record<string, string[]> };
  for (const files of Object.values(manifest.renderedFiles)) {
    files.forEach((url, index) => {
      // <url prefix>/vigie/valeurs/valeurs.parquet: the last three parts are on disk.
      const diskParts = url.split('/').slice(-3).join('/');
      const path = join(dataDir, diskParts);
      if (!existsSync(path)) return;
      const hash = createHash('md5').update(readFileSync(path)).digest('hex');
      const hashedParts = posix.join(posix.dirname(diskParts), hash, posix.basename(diskParts));
      mkdirSync(join(dataDir, dirname(diskParts), hash), { recursive: true });
      renameSync(path, join(dataDir, dirname(diskParts), hash, basename(diskParts)));
      files[index] = url.replace(diskParts, hashedParts);
    });
  }
  writeFileSync(manifestFile, `${JSON.stringify(manifest)}\n`);
}
