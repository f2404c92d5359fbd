import { preparedRelations } from '../compute/preparedRelations.js';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';
import { formatDateFr, formatNumberFr, LEVEL_LABELS } from './frenchFormat.js';

/** The prepared relations an indicator's SQL reads. */
export function relationsUsedBy(def: IndicatorDefinition): typeof preparedRelations[number][] {
  return preparedRelations.filter((r) => new RegExp(`\\b${r.name}\\b`).test(def.sql));
}

/** The fiche indicateur in French Markdown: what an auditor reads. */
export function renderFiche(def: IndicatorDefinition): string {
  const lines = [
    `# ${def.label} (\`${def.id}\`, version ${def.version})`,
    '',
    `**Thème** : ${def.theme}`,
    '',
    `**Définition** : ${def.definition}`,
    '',
    `- Type : ${def.kind === 'count' ? 'comptage' : `ratio${def.scale !== 1 ? ` × ${formatNumberFr(def.scale)}` : ''}`}`,
    `- Numérateur : ${def.numerator}`,
    `- Dénominateur : ${def.denominator ?? '—'}`,
    `- Unité : ${def.unit}`,
    `- Périodicité : ${def.periodicity.join(', ')}`,
    `- Niveaux géographiques : ${def.levels.map((l) => LEVEL_LABELS[l] ?? l).join(', ')}`,
    `- Sources : ${def.sources.map((s) => (s === 'insee' ? 'insee (référentiel territorial)' : s)).join(', ')}`,
    `- Secret statistique : ${def.secrecy.rule}`,
    ...(def.dependsOn.length > 0 ? [`- Calculé à partir de : ${def.dependsOn.join(', ')}`] : []),
    '',
    '## Limites et choix de méthode',
    '',
    ...def.limits.map((l) => `- ${l}`),
    '',
    '## Historique des versions',
    '',
    ...def.changes.map((c) => `- version ${c.version} (${formatDateFr(c.date)}) : ${c.change}`),
    '',
    '## Calcul (SQL DuckDB)',
    '',
    '```sql',
    def.sql.trim(),
    '```',
  ];
  const relations = relationsUsedBy(def);
  if (relations.length > 0) {
    lines.push('', '### Relations préparées lues par ce calcul', '');
    for (const r of relations) lines.push(`- \`${r.name}\` : ${r.description}`);
  }
  return `${lines.join('\n')}\n`;
}
