import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preparedRelations } from '../compute/preparedRelations.js';
import { indicators } from '../definitions/indicators.js';
import { catalogueEntry } from './catalogueEntry.js';
import { LEVEL_LABELS } from './frenchFormat.js';
import { renderFiche } from './renderFiche.js';

/**
 * Writes every indicator's fiche as `<id>.md` and `<id>.json`, plus `index.md` and `index.json`
 * (and `relations.md`, the shared conventions written as SQL). Returns the paths written.
 */
export async function writeCatalogue(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, content: string) => {
    const path = join(outDir, name);
    writeFileSync(path, content, 'utf8');
    written.push(path);
  };
  for (const def of indicators) {
    write(`${def.id}.md`, renderFiche(def));
    write(`${def.id}.json`, `${JSON.stringify(catalogueEntry(def), null, 2)}\n`);
  }
  const themes = [...new Set(indicators.map((d) => d.theme))];
  const index = ['# Catalogue des indicateurs de Vigie', '', `${indicators.length} indicateurs. Conventions communes : [relations préparées](relations.md).`];
  for (const theme of themes) {
    index.push('', `## ${theme}`, '', '| indicateur | libellé | unité | niveaux | version |', '|---|---|---|---|---|');
    for (const d of indicators.filter((x) => x.theme === theme)) {
      index.push(`| [\`${d.id}\`](${d.id}.md) | ${d.label} | ${d.unit} | ${d.levels.map((l) => LEVEL_LABELS[l] ?? l).join(', ')} | ${d.version} |`);
    }
  }
  write('index.md', `${index.join('\n')}\n`);
  write('index.json', `${JSON.stringify(indicators.map((d) => ({ id: d.id, version: d.version, theme: d.theme, libelle: d.label, unite: d.unit, fiche: `${d.id}.md` })), null, 2)}\n`);
  const relations = ['# Relations préparées', '', 'Les conventions communes à tous les indicateurs, calculées une fois avant eux.'];
  for (const r of preparedRelations) relations.push('', `## \`${r.name}\``, '', r.description, '', '```sql', r.sql.trim(), '```');
  write('relations.md', `${relations.join('\n')}\n`);
  return written;
}
