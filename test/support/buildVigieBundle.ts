import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Esbuild from 'esbuild';
import { REPO_ROOT } from './repoRoot.js';

/**
 * The `vigie` command compiled once for a test session: bin/vigie.js loads some 280 TypeScript
 * modules through tsx at every start (about 1,4 s of CPU, more than many of the commands the e2e
 * tests run); this bundle of the same sources starts in about 0,1 s.
 *
 * Same code, same behaviour: every workspace module is bundled from its source (npm packages stay
 * external and load from node_modules), each module's `import.meta.url` / `dirname` / `filename`
 * is replaced by the original source file's, so paths found relative to a module (config/,
 * package.json, apps/dashboard) are the same, and the source map is inline so that a stack trace
 * names the .ts file, as under tsx. bin/vigie.js itself stays tested (binVigie.test.ts, and the
 * scratch copy of throwawaySource.test.ts runs its own bin/vigie.js through tsx).
 *
 * esbuild is the one tsx itself uses (resolved from tsx's own folder).
 */
export async function buildVigieBundle(outDir: string): Promise<string> {
  const requireFromTsx = createRequire(createRequire(join(REPO_ROOT, 'package.json')).resolve('tsx/package.json'));
  const esbuild = requireFromTsx('esbuild') as typeof Esbuild;
  const external = new Set<string>();
  for (const dir of ['packages/core', 'packages/etl', 'packages/indicators', 'pipelines']) {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const name of Object.keys(pkg.dependencies ?? {})) if (!name.startsWith('@vigie/')) external.add(name);
  }
  const keepModulePaths: Esbuild.Plugin = {
    name: 'keep-module-paths',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const contents = source
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
          .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
          .replaceAll('import.meta.filename', JSON.stringify(args.path));
        return { contents, loader: 'ts' };
      });
    },
  };
  mkdirSync(outDir, { recursive: true });
  const cli = join(outDir, 'runCli.mjs');
  const result = await esbuild.build({
    entryPoints: [join(REPO_ROOT, 'pipelines/src/cli/runCli.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    external: [...external].flatMap((name) => [name, `${name}/*`]),
    plugins: [keepModulePaths],
    logLevel: 'silent',
  });
  if (result.errors.length > 0) {
    throw new Error(`la compilation de la commande vigie pour les tests a échoué : ${result.errors.map((e) => e.text).join(' ; ')}`);
  }
  // The same entry point as bin/vigie.js, without tsx.
  const entry = join(outDir, 'vigie.mjs');
  writeFileSync(entry, "import { runCli } from './runCli.mjs';\nprocess.exitCode = await runCli(process.argv.slice(2));\n");
  return entry;
}
