import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders and files of the Evidence project that the compiled app does not come from. */
const NOT_COMPILED = new Set(['node_modules', 'build', '.evidence', 'README.md', 'test-results']);

/**
 * A fingerprint of everything the compiled Evidence app of `appDir` comes from: its pages,
 * partials, components, source SQL, configuration, patches and scripts (every file of the project
 * except the data, `node_modules`, the builds and the README), the installed package tree
 * (`node_modules/.package-lock.json`: Evidence's version and every dependency), the files the
 * patches change as they are in `node_modules`, and the Node version. The publication's Parquet
 * files are left out: they are data, which a data-only refresh redoes.
 */
export function appFingerprint(appDir: string): string {
  const hash = createHash('sha256');
  const add = (label: string, content: Buffer | string) => {
    hash.update(`${label}\0${content.length}\0`);
    hash.update(content);
  };
  for (const file of projectFiles(appDir, appDir)) add(file, readFileSync(join(appDir, file)));
  const installed = join(appDir, 'node_modules', '.package-lock.json');
  add('installed', existsSync(installed) ? readFileSync(installed) : 'absent');
  for (const file of patchedFiles(appDir)) {
    const path = join(appDir, file);
    add(file, existsSync(path) ? readFileSync(path) : 'absent');
  }
  add('node', process.version);
  return hash.digest('hex');
}

function projectFiles(appDir: string, dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    const name = relative(appDir, path).split(sep).join('/');
    if (dir === appDir && NOT_COMPILED.has(entry.name)) continue;
    if (entry.isDirectory()) files.push(...projectFiles(appDir, path));
    else if (entry.isFile() && !name.endsWith('.parquet')) files.push(name);
  }
  return files;
}

/** `node_modules/…` paths that apps/dashboard/patches change (their `+++ b/…` lines). */
function patchedFiles(appDir: string): string[] {
  const patchDir = join(appDir, 'patches');
  if (!existsSync(patchDir)) return [];
  const files = new Set<string>();
  for (const patch of readdirSync(patchDir).sort()) {
    for (const match of readFileSync(join(patchDir, patch), 'utf8').matchAll(/^\+\+\+ b\/(node_modules\/\S+)$/gm)) {
      files.add(match[1] as string);
    }
  }
  return [...files].sort();
}
