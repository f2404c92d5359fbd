// Ajouts de Vigie à la configuration SvelteKit d'Evidence (fusionnée par .evidence/template/svelte.config.js).
// Les pages de zone et de région ne sont pas précalculées (leur `+page.js`) : 200.html, la page
// d'amorce, les affiche dans le navigateur ; le serveur de `vigie dashboard --serve` la sert pour
// toute adresse sans fichier. Les icônes de marque sont celles de l'en-tête seulement
// (svelte/simpleIcons.js) : chaque page chargeait 5 Mo de JavaScript de plus pour elles.
import adapter from '@sveltejs/adapter-static';
import { fileURLToPath } from 'node:url';

export default {
	kit: {
		adapter: adapter({ pages: process.env.EVIDENCE_BUILD_DIR ?? './build', fallback: '200.html', strict: false }),
		alias: { '@steeze-ui/simple-icons': fileURLToPath(new URL('./svelte/simpleIcons.js', import.meta.url)) }
	}
};
