import type { ColumnDeclaration, FileVariant, SourceDeclaration } from './sourceDeclaration.js';
import { rawTableName } from './sourceDeclaration.js';

const FRESHNESS: Record<SourceDeclaration['freshness'], string> = {
  weekly: 'hebdomadaire',
  monthly: 'mensuelle',
  quarterly: 'trimestrielle',
  yearly: 'annuelle',
};

const TYPES: Record<ColumnDeclaration['type'], string> = {
  text: 'texte',
  integer: 'nombre entier',
  decimal: 'nombre décimal (virgule)',
  date: 'date JJ/MM/AAAA',
  datetime: 'date JJ/MM/AAAA, heure HH:MM facultative',
};

const CHECKS: Record<NonNullable<ColumnDeclaration['check']>, string> = {
  rpps: '11 chiffres, clé de Luhn',
  siret: '14 chiffres, clé de Luhn',
  siretList: 'SIRET (14 chiffres, clé de Luhn) séparés par `, `',
  siren: '9 chiffres',
  commune: 'code commune à 5 caractères, connu du référentiel',
  communeFormat: 'code commune à 5 caractères',
  epci: 'SIREN à 9 chiffres, EPCI connu du référentiel',
  region: 'code région connu du référentiel',
  departement: 'code département connu du référentiel',
  pseudonym: 'pseudonyme de 64 caractères hexadécimaux',
};

const cell = (text: string) => text.replace(/\|/g, '\\|');

function frNumber(n: number): string {
  return String(n).replace('.', ',');
}

function rules(c: ColumnDeclaration, all: readonly ColumnDeclaration[]): string {
  const out: string[] = [];
  if (c.check) out.push(CHECKS[c.check]);
  if (c.values) out.push(`valeurs : ${c.values.map((v) => `\`${v}\``).join(', ')}`);
  if (c.min !== undefined && c.max !== undefined) out.push(`de ${frNumber(c.min)} à ${frNumber(c.max)}`);
  else if (c.min !== undefined) out.push(`≥ ${frNumber(c.min)}`);
  else if (c.max !== undefined) out.push(`≤ ${frNumber(c.max)}`);
  if (c.pattern) out.push(`format \`${c.pattern.regex}\``);
  if (c.epciOfCommune) out.push(`EPCI de la commune de « ${all.find((o) => o.id === c.epciOfCommune)?.header} » dans le référentiel`);
  if (c.maskable) out.push('`s` = masqué (secret statistique, 1 à 10)');
  if (c.personal) out.push('donnée personnelle : jamais publiée');
  if (c.description) out.push(c.description);
  return out.join(' ; ');
}

function fileLine(f: FileVariant): string {
  const encoding = f.encoding === 'utf-8' ? 'UTF-8 (avec ou sans BOM)' : 'Windows-1252';
  const format =
    f.format === 'csv'
      ? `CSV, séparateur \`${f.separator}\`, encodage ${encoding}, en-tête en ligne ${f.headerLine}`
      : `classeur Excel (xlsx)${f.sheet ? `, feuilles \`${f.sheet.source}\`` : ''}, en-tête en ligne ${f.headerLine}`;
  return `- \`${f.example}\` — motif \`${f.pattern.source.replace(/\\\//g, '/')}\` ; ${format}`;
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
    lines.push(`| ${cell(c.header)} | \`${c.id}\` | ${TYPES[c.type]} | ${c.required ? 'oui' : 'non'} | ${cell(rules(c, s.columns))} |`);
  }
  for (const d of s.derived) lines.push(`| — | \`${d.id}\` | ${TYPES[d.type]} | oui | ${cell(d.label)} |`);
  lines.push('');
  lines.push('Cellule vide, `NA` ou `nd` : valeur manquante. Les en-têtes peuvent venir dans un autre ordre ; une colonne inconnue est ignorée.', '');
  lines.push('## Versions', '');
  lines.push(
    s.versioning === 'snapshot'
      ? `Instantané : chaque fichier est l’état complet de sa portée${s.files.some((f) => f.pattern.source.includes('<region>')) ? ' (sa région)' : ''} à sa date ; le plus récent remplace les précédents.`
      : `Par clé (${s.key.map((k) => `\`${k}\``).join(', ')}) : la version du fichier le plus récent l’emporte.`,
    '',
    `Fréquence attendue : ${FRESHNESS[s.freshness]} (retard signalé après ${s.graceDays} jours de délai).`,
    '',
  );
  lines.push('## Contrôles et rejets', '');
  lines.push(
    '- En-tête différent de celui attendu (colonne absente ou renommée), mauvaise feuille ou encodage invalide : le fichier entier est rejeté, avec un message qui nomme ce qui était attendu et ce qui a été trouvé ; les données précédentes restent en place.',
    '- Sinon, chaque ligne fautive est rejetée avec son numéro de ligne (en-tête = ligne 1), sa colonne, sa valeur et un message ; les autres lignes sont chargées.',
    `- Lignes valides : table \`${rawTableName(s)}\` ; rejets : \`vigie rejects\`.`,
    '',
  );
  return lines.join('\n');
}
