// Les seules icônes de marque (@steeze-ui/simple-icons) que le site affiche : celles de l'en-tête
// d'Evidence. Le paquet en exporte plus de 3 000 (5 Mo) d'un seul module, que la page de réglages
// d'Evidence (inutile dans un site statique) importe tout entier : sans cet alias (svelte.config.js),
// Vite le mettait dans un morceau de JavaScript chargé par chaque page.
export { Bluesky, Github, Slack, X } from '../node_modules/@steeze-ui/simple-icons/dist/index.js';
