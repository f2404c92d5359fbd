import { cleanModelFile } from '../model/cleanModel.js';
import { declaredCleanModel } from '../model/declaredCleanModel.js';
import type { FileVariant, SourceDeclaration } from './sourceDeclaration.js';
import { rawTableName } from './sourceDeclaration.js';
import {
  COLUMN_TYPE_LABELS,
  columnRules,
  encodingLabel,
  filePatternRegex,
  FREQUENCY_LABELS,
  readableFilePattern,
  readableSheetPatterns,
  versioningText,
} from './sourceTexts.js';

const cell = (text: string) => text.replace(/\|/g, '\\|');

function fileLine(f: FileVariant): string {
  const format =
    f.format === 'csv'
      ? `CSV, séparateur \`${f.separator}\`, encodage ${encodingLabel(f)}, ${headerText(f)}`
      : `classeur Excel (xlsx)${f.sheet ? `, feuilles ${readableSheetPatterns(f.sheet).map((p) => `\`${p}\``).join(' ou ')}` : ''}, ${headerText(f)}`;
  return `- \`${readableFilePattern(f.pattern)}\`, par exemple \`${f.example}\` — motif exact \`${filePatternRegex(f.pattern)}\` ; ${format}`;
}

/** Where a file's header is, and what surrounds its data. */
function headerText(f: FileVariant): string {
  const search = f.headerSearch;
  const parts = [
    search
      ? f.format === 'xlsx'
        ? `en-tête repéré par sa première cellule « ${search.firstCell} » dans les ${search.maxRows} premières lignes (titres et notes au-dessus ignorés)`
        : `en-tête repéré par sa colonne « ${search.firstCell} » dans les ${search.maxRows} premières lignes (titres et notes au-dessus ignorés, numéros de ligne du fichier conservés)`
      : `en-tête en ligne ${f.headerLine}`,
  ];
  if (f.unitsRow && f.format === 'xlsx') parts.push('ligne d’unités sous l’en-tête admise');
  if (f.trailingNotes) parts.push('notes admises après les données (comptées dans le message du fichier)');
  return parts.join(', ');
}

/** The source's page for the documentation, in French Markdown: file names, where to drop them, columns, checks. */
export function describeSource(s: SourceDeclaration): string {
  const lines: string[] = [];
  lines.push(`# ${s.label} (\`${s.id}\`)`, '', s.description, '');
  lines.push('## Fichiers', '', `À déposer dans le dossier de dépôt, sous-dossier \`${s.producer}/\` :`, '');
  lines.push(...s.files.map(fileLine), '');
  lines.push(
    'La date de l’extrait est lue dans son nom (semaine → son dimanche, mois ou trimestre → son dernier jour, année → 31/12) ; ' +
      'c’est elle, puis l’ordre d’arrivée, qui décide quelle version l’emporte, jamais l’ordre de dépôt. ' +
      'Les mêmes octets déposés deux fois ne sont chargés qu’une fois.',
    '',
  );
  lines.push('## Colonnes', '', '| en-tête | colonne | type | obligatoire | contrôles |', '|---|---|---|---|---|');
  for (const c of s.columns) {
    lines.push(`| ${cell(c.header)} | \`${c.id}\` | ${COLUMN_TYPE_LABELS[c.type]} | ${c.required ? 'oui' : 'non'} | ${cell(columnRules(c, s.columns))} |`);
  }
  for (const d of s.derived) lines.push(`| — | \`${d.id}\` | ${COLUMN_TYPE_LABELS[d.type]} | oui | ${cell(d.label)} |`);
  lines.push('');
  lines.push('Cellule vide, `NA` ou `nd` : valeur manquante. Les en-têtes sont comparés sans tenir compte des espaces en trop, de la casse ni des apostrophes typographiques ; ils peuvent venir dans un autre ordre ; une colonne inconnue est laissée de côté (signalée dans le message du fichier).', '');
  lines.push('## Versions', '');
  lines.push(
    versioningText(s),
    '',
    `Fréquence attendue : ${FREQUENCY_LABELS[s.freshness]} (retard signalé après ${s.graceDays} jours de délai).`,
    '',
  );
  lines.push('## Contrôles et rejets', '');
  lines.push(
    '- En-tête différent de celui attendu (colonne absente ou renommée), mauvaise feuille ou encodage invalide : le fichier entier est rejeté, avec un message qui nomme ce qui était attendu et ce qui a été trouvé ; les données précédentes restent en place.',
    '- Sinon, chaque ligne fautive est rejetée avec son numéro de ligne (comme un éditeur compte : première ligne du fichier = ligne 1, titres compris), sa colonne (nommée par l’en-tête tel que le fichier l’écrit), sa valeur et un message ; les autres lignes sont chargées.',
    `- Lignes valides : table \`${rawTableName(s)}\` ; rejets : \`vigie rejects\`.`,
    '',
  );
  lines.push('## Table propre', '', cleanText(s), '');
  return lines.join('\n');
}

/** What the model makes of the source, as its declaration says (`clean`). */
function cleanText(s: SourceDeclaration): string {
  if (s.clean === 'referential') return 'Aucune : le référentiel territorial la lit (tables `ref.*`).';
  if (s.clean === 'declared') return `\`${declaredCleanModel(s).table}\`, qui découle de cette déclaration (colonnes de la clé d’abord, sans données personnelles).`;
  const files = s.clean.map((m) => `\`${m.table}\` (\`packages/etl/src/model/clean/${cleanModelFile(m.table)}\`)`);
  return `${files.join(', ')} : son propre modèle, qui fait plus que la déclaration ne dit.`;
}
