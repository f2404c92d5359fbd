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

const { load_config } = await kitModule('src/core/config/index.js');
const { get_env } = await kitModule('src/exports/vite/utils.js');
const { default: prerender } = await kitModule('src/core/postbuild/prerender.js');

const config = (await load_config()).kit;
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
