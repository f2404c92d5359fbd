import { describeSource, PRODUCER_LABELS, sources, type SourceDeclaration } from '@vigie/etl';

/**
 * `docs/sources.md`: one section per declared source, derived from the declarations (never
 * written by hand). `vigie sources --out docs/sources.md` writes it; a test checks it is current.
 */
export function renderSourcesGuide(declared: readonly SourceDeclaration[] = sources): string {
  const toc = declared.map((s) => `| \`${s.id}\` | ${s.label} | ${PRODUCER_LABELS[s.producer]} | \`${s.files[0]!.example}\` |`);
  const pages = declared.map((s) => describeSource(s).replace(/^# /gm, '## ').replace(/^## (?!.*\(`)/gm, '### '));
  return [
    '# Les sources de Vigie',
    '',
    '<!-- Généré par « npx vigie sources --out docs/sources.md » à partir des déclarations de',
    '     packages/etl/src/sources/ : ne pas modifier à la main. -->',
    '',
    "Chaque extrait se dépose dans l'inbox (`data/inbox/` par défaut), dans le sous-dossier de son",
    "producteur, sous le nom que le producteur lui donne. Un fichier qu'aucune source ne reconnaît est",
    "listé dans le registre et laissé où il est. `npx vigie rejects --out rejets.csv` donne chaque",
    'ligne rejetée avec sa raison.',
    '',
    '| source | contenu | producteur | exemple de nom |',
    '|---|---|---|---|',
    ...toc,
    '',
    ...pages,
  ].join('\n');
}
