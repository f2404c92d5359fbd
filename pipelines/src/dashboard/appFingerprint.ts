import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '@vigie/core';

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
  for (const file of projectFiles(appDir)) add(file, readFileSync(join(appDir, file)));
  const installed = join(appDir, 'node_modules', '.package-lock.json');
  add('installed', existsSync(installed) ? readFileSync(installed) : 'absent');
  for (const file of patchedFiles(appDir)) {
    const path = join(appDir, file);
    add(file, existsSync(path) ? readFileSync(path) : 'absent');
  }
  add('node', process.version);
  return hash.digest('hex');
}

/** The project's files the app is compiled from: all but the top-level NOT_COMPILED and the Parquet data. */
function projectFiles(appDir: string): string[] {
  return filesUnder(appDir, (folder) => NOT_COMPILED.has(folder)).filter((file) => !NOT_COMPILED.has(file) && !file.endsWith('.parquet'));
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
