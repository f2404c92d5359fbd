import { formatPlainNumber } from '@vigie/core';
import type { ColumnDeclaration, FileVariant, NameGroup, SourceDeclaration } from './sourceDeclaration.js';

/**
 * The French words a person reads about a source, derived from its declaration: shared by its
 * documentation page (`describeSource`, docs/sources.md), the freshness check and the publication
 * (sources.parquet). Texts may hold Markdown code spans (backticks); `plainText` removes them.
 */

export const FREQUENCY_LABELS: Record<SourceDeclaration['freshness'], string> = {
  weekly: 'hebdomadaire',
  monthly: 'mensuelle',
  quarterly: 'trimestrielle',
  yearly: 'annuelle',
};

export const PRODUCER_LABELS: Record<SourceDeclaration['producer'], string> = {
  drees: 'DREES',
  cnam: 'Assurance maladie (CNAM)',
  ars: 'ARS',
  insee: 'INSEE (facultatif : le référentiel est embarqué)',
};

export const COLUMN_TYPE_LABELS: Record<ColumnDeclaration['type'], string> = {
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

/** How the named groups of a file name are written for a person (the notation of extracts.md). */
const NAME_PLACEHOLDERS: Record<NameGroup, string> = {
  year: '<AAAA>',
  week: '<ww>',
  month: '<mm>',
  quarter: '<q>',
  date: '<AAAAMMJJ>',
  region: '<reg>',
};

/** Removes the Markdown code spans' backticks: `` `s` = masqué `` → `s = masqué`. */
export function plainText(markdown: string): string {
  return markdown.replaceAll('`', '');
}

/** `UTF-8 (avec ou sans BOM)` or `Windows-1252`. */
export function encodingLabel(f: Pick<FileVariant, 'encoding'>): string {
  return f.encoding === 'utf-8' ? 'UTF-8 (avec ou sans BOM)' : 'Windows-1252';
}

/** The regular expression as written in the declaration, `/` unescaped: `^cnam/(?:.+/)?actes_…\.csv$`. */
export function filePatternRegex(pattern: RegExp): string {
  return pattern.source.replace(/\\\//g, '/');
}

/**
 * A file (or sheet) name pattern as a person reads it, in the notation of the extracts'
 * specification: `cnam/actes_mission_<AAAA>-S<ww>.csv`, `drees/*APL*.xlsx`. The optional
 * sub-folders are left out. A pattern this cannot put in words is given as `filePatternRegex`.
 */
export function readableFilePattern(pattern: RegExp): string {
  const text = pattern.source
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replaceAll('(?:.+\\/)?', '')
    .replace(/\(\?<([a-zA-Z]+)>[^()]*\)/g, (group: string, name: string) => NAME_PLACEHOLDERS[name as NameGroup] ?? group)
    .replaceAll('[^/]*', '*')
    .replace(/\\([./\-_])/g, '$1');
  return /[\\^$()[\]{}|?+]/.test(text) ? filePatternRegex(pattern) : text;
}

/**
 * A sheet name pattern as a person reads it: a `[ _]` (space or underscore) gives both names,
 * `APL_<AAAA>` or `APL <AAAA>`.
 */
export function readableSheetPatterns(pattern: RegExp): string[] {
  const source = pattern.source;
  if (!source.includes('[ _]')) return [readableFilePattern(pattern)];
  return ['_', ' '].map((c) => readableFilePattern(new RegExp(source.replaceAll('[ _]', c === '_' ? '_' : ' '))));
}

/** The checks of a column beyond its type, in French (Markdown code spans), joined by ` ; `. */
export function columnRules(c: ColumnDeclaration, all: readonly ColumnDeclaration[]): string {
  const out: string[] = [];
  if (c.check) out.push(CHECKS[c.check]);
  if (c.values) out.push(`valeurs : ${c.values.map((v) => `\`${v}\``).join(', ')}`);
  if (c.min !== undefined && c.max !== undefined) out.push(`de ${formatPlainNumber(c.min)} à ${formatPlainNumber(c.max)}`);
  else if (c.min !== undefined) out.push(`≥ ${formatPlainNumber(c.min)}`);
  else if (c.max !== undefined) out.push(`≤ ${formatPlainNumber(c.max)}`);
  if (c.pattern) out.push(`format \`${c.pattern.regex}\``);
  if (c.epciOfCommune) out.push(`EPCI de la commune de « ${all.find((o) => o.id === c.epciOfCommune)?.header} » dans le référentiel`);
  if (c.maskable) out.push('`s` = masqué (secret statistique, 1 à 10)');
  if (c.personal) out.push('donnée personnelle : jamais publiée');
  if (c.aliases?.length) out.push(`autres libellés reconnus : ${c.aliases.map((a) => `« ${a} »`).join(', ')}`);
  if (c.mayBeAbsent) out.push('peut manquer (millésimes anciens) : laissée vide');
  if (c.description) out.push(c.description);
  return out.join(' ; ');
}

/** How a newer file replaces an older one (snapshot or by key), in one French sentence. */
export function versioningText(s: SourceDeclaration): string {
  return s.versioning === 'snapshot'
    ? `Instantané : chaque fichier est l’état complet de sa portée${s.files.some((f) => f.pattern.source.includes('<region>')) ? ' (sa région)' : ''} à sa date ; le plus récent remplace les précédents.`
    : `Par clé (${s.key.map((k) => `\`${k}\``).join(', ')}) : la version du fichier le plus récent l’emporte.`;
}
