import type { DemoOutput } from './demoOutput.js';
import type { DemoTerritory } from './demoTerritory.js';
import { HEADERS } from './demoHeaders.js';

/** Type de nom en clair (TNCC) de l'INSEE et nom sans article, déduits de l'article du libellé. */
function inseeName(libelle: string): { tncc: string; nccenr: string } {
  const articles: [string, string][] = [["L'", '5'], ['Les ', '4'], ['Le ', '2'], ['La ', '3'], ['Las ', '7'], ['Los ', '8']];
  for (const [article, tncc] of articles) if (libelle.startsWith(article)) return { tncc, nccenr: libelle.slice(article.length) };
  return { tncc: /^[AEIOUYÉÈÊÎÔÂH]/i.test(libelle) ? '1' : '0', nccenr: libelle };
}

function ncc(nccenr: string): string {
  return nccenr.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/Œ/gi, 'OE').replace(/Æ/gi, 'AE').toUpperCase();
}

/** Code de la collectivité à compétences départementales (CTCD) d'un département. */
function ctcd(departement: string): string {
  if (departement === '2A' || departement === '2B') return '20R';
  if (departement === '67' || departement === '68') return '6AE';
  if (departement === '75') return '75C';
  if (departement === '972' || departement === '973') return `${departement}R`;
  return `${departement}D`;
}

/**
 * Un millésime INSEE déposé à la main : `insee/communes_2025.csv` (COG, séparateur `,`) et
 * `insee/epci_2025.csv`, tirés du référentiel embarqué (le canton n'y est pas : colonne vide).
 */
export async function writeInseeFiles(output: DemoOutput, territory: DemoTerritory): Promise<void> {
  const communes: string[][] = [];
  for (const c of [...territory.communes.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    const { tncc, nccenr } = inseeName(c.name);
    communes.push(['COM', c.code, c.region, c.departement, ctcd(c.departement), c.arrondissement, tncc, ncc(nccenr), nccenr, c.name, '', '']);
  }
  const typecom: Record<string, string> = { 'commune-deleguee': 'COMD', 'commune-associee': 'COMA', 'arrondissement-municipal': 'ARM' };
  for (const c of [...territory.otherCommunes].sort((a, b) => a.code.localeCompare(b.code) || a.type.localeCompare(b.type))) {
    const { tncc, nccenr } = inseeName(c.name);
    communes.push([typecom[c.type] ?? 'COMD', c.code, '', '', '', '', tncc, ncc(nccenr), nccenr, c.name, '', c.parent]);
  }
  await output.writeCsv({ path: 'insee/communes_2025.csv', encoding: 'utf-8', header: HEADERS.inseeCommunes, separator: ',' }, communes, false);
  const epci = territory.epcis.flatMap((e) => e.members.map((m) => [e.code, e.name, e.type, m.code, String(m.population)]));
  await output.writeCsv({ path: 'insee/epci_2025.csv', encoding: 'utf-8', header: HEADERS.inseeEpci }, epci, false);
}
