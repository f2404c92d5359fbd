// Prerenders the pages of the app compiled by the last `evidence build` again, from the data that
// `evidence sources` has just prepared, without compiling anything (a data-only refresh; see
// pipelines/src/dashboard/refreshSiteData.ts). Run from .evidence/template, like `vite build`.
// It calls SvelteKit's own prerendering (the step `vite build` runs after its two compilations)
// with the server metadata our patch of @sveltejs/kit kept (vigie-server-metadata.bin), and
// writes .svelte-kit/output/prerendered/{pages,dependencies} as that step does.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize } from 'node:v8';

const require = createRequire(join(process.cwd(), 'package.json'));
const kitDir = dirname(require.resolve('@sveltejs/kit/package.json'));
const kitModule = (path) => import(pathToFileURL(join(kitDir, path)).href);

const { load_config, validate_config } = await kitModule('src/core/config/index.js');
const { get_env } = await kitModule('src/exports/vite/utils.js');
const { default: prerender } = await kitModule('src/core/postbuild/prerender.js');

// This thread needs three settings only: outDir, appDir, env. Neither Evidence's svelte.config.js
// (here) nor ours (merged into it) sets them, so they are SvelteKit's defaults, without loading
// svelte.config.js and Evidence's preprocessors (1,8 s of CPU; SvelteKit's prerendering loads it
// again in its worker for everything else). Should either file ever set one, it is loaded.
const configTexts = ['svelte.config.js', '../../svelte.config.js'].filter((f) => existsSync(f)).map((f) => readFileSync(f, 'utf8'));
const setsOne = configTexts.some((text) => /\b(outDir|appDir|env)\s*:/.test(text));
const config = setsOne ? (await load_config()).kit : validate_config({}).kit;
const out = `${config.outDir}/output`;
const metadataFile = `${out}/vigie-server-metadata.bin`;
const manifestPath = `${out}/server/manifest-full.js`;
for (const file of [metadataFile, manifestPath]) {
	if (!existsSync(file)) {
		console.error(`Fichier attendu absent : ${join(process.cwd(), file)} (laissé par la dernière construction complète).`);
		process.exit(3);
	}
}
const metadata = deserialize(readFileSync(metadataFile));
const env = get_env(config.env, 'production');

// The settings the prerendering reads, as the last full build wrote them (our patch of
// @sveltejs/kit): its worker then does not load svelte.config.js, Evidence's preprocessors and its
// component scan (about 1,5 s of CPU). Without the file, it loads the configuration as before.
const settingsFile = join(process.cwd(), out, 'vigie-prerender-config.json');
if (existsSync(settingsFile)) process.env.VIGIE_PRERENDER_CONFIG = settingsFile;

rmSync(`${out}/prerendered`, { recursive: true, force: true });
const { prerendered } = await prerender({
	out,
	manifest_path: manifestPath,
	metadata,
	verbose: false,
	env: { ...env.private, ...env.public }
});
// What the adapter adds to the prerendered dependencies (adapter-static: generateEnvModule).
mkdirSync(`${out}/prerendered/dependencies/${config.appDir}`, { recursive: true });
writeFileSync(`${out}/prerendered/dependencies/${config.appDir}/env.js`, `export const env=${JSON.stringify(env.public)}`);
console.log(`${prerendered.paths.length} pages et fichiers précalculés à nouveau.`);
