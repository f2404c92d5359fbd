import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers of docs/architecture.md, checked on every import of the code: @vigie/core ←
 * @vigie/etl ← @vigie/indicators ← @vigie/pipelines (each may import only the layers before it,
 * never one after: no import runs back up), every npm package a file imports is a dependency of
 * its own workspace, no relative import leaves its workspace, and the dashboard (apps/) reads
 * only the publication: it imports no workspace.
 */
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

interface Layer {
  name: string;
  dir: string;
  /** Workspaces this layer may import. */
  may: string[];
}

const LAYERS: Layer[] = [
  { name: '@vigie/core', dir: 'packages/core', may: [] },
  { name: '@vigie/etl', dir: 'packages/etl', may: ['@vigie/core'] },
  { name: '@vigie/indicators', dir: 'packages/indicators', may: ['@vigie/core', '@vigie/etl'] },
  { name: '@vigie/pipelines', dir: 'pipelines', may: ['@vigie/core', '@vigie/etl', '@vigie/indicators'] },
];

/** Tools every workspace's tests and scripts may use (root devDependencies). */
const ROOT_PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const TOOLS = new Set([...Object.keys(ROOT_PACKAGE.devDependencies ?? {}), ...Object.keys(ROOT_PACKAGE.dependencies ?? {})]);

function sourceFiles(dir: string, extensions: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'build') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path, extensions));
    else if (extensions.test(entry.name)) out.push(path);
  }
  return out;
}

/** Every module specifier of a file, with its line: `from '…'`, `import '…'`, `import('…')`. */
function specifiers(text: string): { spec: string; line: number }[] {
  const found: { spec: string; line: number }[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
  for (const match of text.matchAll(pattern)) {
    if (!/^[@\w.:][\w@./:-]*$/.test(match[1]!)) continue; // a string that only looks like an import
    found.push({ spec: match[1]!, line: text.slice(0, match.index).split('\n').length });
  }
  return found;
}

/** `@scope/name/x` → `@scope/name`; `name/x` → `name`. */
const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

/** The breaches of the layer rules in one workspace, each as `file:line : what`. */
export function layerBreaches(layer: Layer): string[] {
  const dir = join(ROOT, layer.dir);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const deps = new Set(Object.keys(pkg.dependencies ?? {}));
  const breaches: string[] = [];
  for (const file of sourceFiles(dir, /\.(ts|mts|js|mjs)$/)) {
    const where = relative(ROOT, file).split(sep).join('/');
    for (const { spec, line } of specifiers(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('node:')) continue;
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(dir + sep)) breaches.push(`${where}:${line} : « ${spec} » sort de ${layer.dir} (importez le paquet par son nom)`);
        continue;
      }
      const name = packageOf(spec);
      if (name.startsWith('@vigie/')) {
        if (!layer.may.includes(name)) breaches.push(`${where}:${line} : ${layer.name} importe ${name}, qui ne lui est pas permis (couches : ${LAYERS.map((l) => l.name).join(' ← ')})`);
        else if (!deps.has(name)) breaches.push(`${where}:${line} : ${name} manque aux dépendances de ${layer.dir}/package.json`);
        continue;
      }
      if (!deps.has(name) && !TOOLS.has(name)) breaches.push(`${where}:${line} : « ${name} » n'est pas une dépendance de ${layer.dir}/package.json`);
    }
  }
  return breaches;
}

describe('import layers (docs/architecture.md)', () => {
  for (const layer of LAYERS) {
    it(`${layer.name} imports only ${layer.may.length ? layer.may.join(', ') : 'Node'} and its own dependencies`, () => {
      expect(layerBreaches(layer)).toEqual([]);
    });
  }

  it('the dashboard reads only the publication: no workspace, no code of packages/ or pipelines/', () => {
    const dir = join(ROOT, 'apps', 'dashboard');
    const breaches = sourceFiles(dir, /\.(ts|js|mjs|svelte|md|sql|yaml)$/).flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter(({ spec }) => spec.startsWith('@vigie/') || /(^|\/)(packages|pipelines)\//.test(spec))
        .map(({ spec, line }) => `${relative(ROOT, file)}:${line} : « ${spec} »`),
    );
    expect(breaches).toEqual([]);
  });

  it('sees a breach when there is one', () => {
    // the rule itself: indicators may not import pipelines, core may import no workspace
    expect(LAYERS.find((l) => l.name === '@vigie/indicators')?.may).not.toContain('@vigie/pipelines');
    expect(specifiers(`import { x } from '@vigie/pipelines';\nimport type { Y } from "../../etl/src/y.js";\nawait import('zod');`)).toEqual([
      { spec: '@vigie/pipelines', line: 1 },
      { spec: '../../etl/src/y.js', line: 2 },
      { spec: 'zod', line: 3 },
    ]);
  });
});
