import { z } from 'zod';
import type { CleanModel } from '../model/cleanModel.js';

/**
 * The one declaration of a source (see docs/architecture.md): everything else (read options,
 * validation SQL, raw table, documentation page) is derived from it.
 */

/** Checks that need more than a type: identifiers with a check digit, codes known to the referential. */
export const columnCheckSchema = z.enum([
  'rpps', // 11 digits, Luhn key
  'siret', // 14 digits, Luhn key (La Poste: digit sum multiple of 5)
  'siretList', // SIRETs separated by `, `
  'siren', // 9 digits
  'commune', // 5 characters, known to ref.communes
  'communeFormat', // 5 characters only (residence: foreign 99xxx codes allowed)
  'epci', // 9 digits, known to ref.epci
  'region', // known to ref.regions
  'departement', // known to ref.departements
  'pseudonym', // 64 hexadecimal characters
]);
export type ColumnCheck = z.infer<typeof columnCheckSchema>;

export const columnTypeSchema = z.enum(['text', 'integer', 'decimal', 'date', 'datetime']);
export type ColumnType = z.infer<typeof columnTypeSchema>;

const idSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'identifiant ASCII en minuscules attendu');

export const columnDeclarationSchema = z.object({
  /** The header exactly as the producer writes it (its most recent wording), accents and spaces included. */
  header: z.string().min(1),
  /**
   * Other wordings of the same column in other vintages of the file, e.g. `APL aux médecins
   * généralistes de moins de 65 ans` for `… de 65 ans ou moins`. Headers are compared after
   * normalising (spaces, no-break spaces, case, Unicode composition, apostrophes); `<AAAA>` in a
   * wording stands for any year (`Population standardisée <AAAA> pour la médecine générale`).
   */
  aliases: z.array(z.string().min(1)).optional(),
  /** The column is absent from some vintages: a file without it is read, the column NULL, with a note. */
  mayBeAbsent: z.boolean().optional(),
  /** ASCII identifier: the raw table's column. */
  id: idSchema,
  type: columnTypeSchema.default('text'),
  required: z.boolean().default(false),
  /** French description for the documentation. */
  description: z.string().optional(),
  /** Domain: the only values allowed (compared after trimming). */
  values: z.array(z.string()).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** A regular expression the whole value must match, and what it means in French (`n'a pas le format AAAA-MM`). */
  pattern: z.object({ regex: z.string(), message: z.string() }).optional(),
  check: columnCheckSchema.optional(),
  /** `s` is accepted and means masked by statistical secrecy (a count from 1 to 10). */
  maskable: z.boolean().default(false),
  /** Personal data (names, e-mails): kept in raw, never copied to clean. */
  personal: z.boolean().default(false),
  /** For an EPCI column: the id of the commune column whose EPCI it must be in the referential. */
  epciOfCommune: idSchema.optional(),
});
export type ColumnDeclaration = z.output<typeof columnDeclarationSchema>;
export type ColumnDeclarationInput = z.input<typeof columnDeclarationSchema>;

/**
 * The commune of a commune-level extract: its INSEE code under the producer's `header`, required,
 * checked as a commune code, `code_commune` in Vigie; `more` adds aliases or a description.
 */
export function communeCodeColumn(header: string, more: Pick<ColumnDeclarationInput, 'aliases' | 'description'> = {}): ColumnDeclarationInput {
  return { header, ...more, id: 'code_commune', required: true, check: 'commune' };
}

/** Named groups a file pattern (or a sheet pattern) may capture. */
export const nameGroups = ['date', 'year', 'week', 'month', 'quarter', 'region'] as const;
export type NameGroup = (typeof nameGroups)[number];

export const fileVariantSchema = z.object({
  /** Regular expression over the inbox-relative path (`/` separators). */
  pattern: z.instanceof(RegExp),
  /** A path that matches, for the documentation. */
  example: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.enum(['utf-8', 'windows-1252']).default('utf-8'),
  separator: z.string().length(1).default(';'),
  /** xlsx: the sheets to read (others are ignored); absent: every sheet whose header matches. */
  sheet: z.instanceof(RegExp).optional(),
  /** Line (CSV) or row (xlsx) of the header, 1-based; the data follows it. */
  headerLine: z.number().int().positive().default(1),
  /**
   * The header is found by its content instead of a fixed line. xlsx: the first row, among the
   * first `maxRows`, whose first non-empty cell is `firstCell`; CSV: the first line, among the
   * first `maxRows`, one of whose fields is `firstCell` or another wording of its column (columns
   * may come in any order). Compared after normalising; title and note lines above it are skipped
   * (`headerLine` is then ignored), line numbers stay those of the file.
   */
  headerSearch: z.object({ firstCell: z.string().min(1), maxRows: z.number().int().positive().default(30) }).optional(),
  /** xlsx: the row right under the header may be a row of units (its first declared column empty): skipped, with a note. */
  unitsRow: z.boolean().default(false),
  /**
   * Notes may follow the data: the trailing rows (CSV: lines) that are blank or hold a single cell
   * (field) of text with a space (`Source : …`, `Champ : …`) are not data; they are counted in the
   * file's note, never silently dropped. Such a row followed by data again is read as data.
   */
  trailingNotes: z.boolean().default(false),
});
export type FileVariant = z.output<typeof fileVariantSchema>;

export const derivedColumnSchema = z.object({
  id: idSchema,
  /** The name group (of the file name, or of the sheet name for a workbook) that gives the value. */
  group: z.enum(nameGroups),
  type: columnTypeSchema.default('integer'),
  label: z.string(),
});
export type DerivedColumn = z.output<typeof derivedColumnSchema>;

export const sourceDeclarationSchema = z
  .object({
    id: z.string().regex(/^[a-z]+\.[a-z_]+$/, 'identifiant `producteur.nom` attendu'),
    label: z.string().min(1),
    producer: z.enum(['drees', 'cnam', 'ars', 'insee']),
    description: z.string().min(1),
    files: z.array(fileVariantSchema).min(1),
    columns: z.array(columnDeclarationSchema).min(1),
    derived: z.array(derivedColumnSchema).default([]),
    /** Columns (ids) identifying a row. */
    key: z.array(idSchema).min(1),
    /**
     * `snapshot`: each file is the full state of its scope (region, or the whole country) on its
     * date, the latest file of a scope replaces the previous ones; `delta`: each file brings
     * rows, the latest version of each key wins.
     */
    versioning: z.enum(['snapshot', 'delta']),
    /** How often a new extract is expected (checked by the daily pipeline). */
    freshness: z.enum(['weekly', 'monthly', 'quarterly', 'yearly']),
    /** Days of delay tolerated after the end of the period before the source is late. */
    graceDays: z.number().int().nonnegative().default(7),
    /**
     * How its clean table is made. `declared` (the common case): derived from this declaration
     * (`declaredCleanModel`: key first, casts, no personal data, latest version of each key or
     * latest snapshot of each region). A source that needs more (a computed column, a join, every
     * snapshot kept, several tables, an increment): its own models, each in a file of its own,
     * `model/clean/<table>.ts`. `referential`: no clean table, the referential reads it into ref.*.
     */
    clean: z.union([z.enum(['declared', 'referential']), z.array(z.custom<CleanModel>(isCleanModel, 'modèle propre { table, sql } attendu')).min(1)]).default('declared'),
  })
  .superRefine((s, ctx) => {
    const ids = [...s.columns.map((c) => c.id), ...s.derived.map((d) => d.id)];
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) ctx.addIssue({ code: 'custom', message: `identifiant de colonne en double : ${dup}` });
    const headers = s.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])]);
    const dupHeader = headers.find((h, i) => headers.indexOf(h) !== i);
    if (dupHeader) ctx.addIssue({ code: 'custom', message: `en-tête en double : ${dupHeader}` });
    for (const k of s.key) if (!ids.includes(k)) ctx.addIssue({ code: 'custom', message: `clé inconnue : ${k}` });
    for (const c of s.columns) {
      if (c.mayBeAbsent && (c.required || s.key.includes(c.id))) ctx.addIssue({ code: 'custom', message: `${c.id} : une colonne obligatoire ou de la clé ne peut pas manquer (mayBeAbsent)` });
      if (c.epciOfCommune && !s.columns.some((o) => o.id === c.epciOfCommune && (o.check === 'commune' || o.check === 'communeFormat'))) {
        ctx.addIssue({ code: 'custom', message: `${c.id} : epciOfCommune doit désigner une colonne commune` });
      }
      if (c.pattern) new RegExp(c.pattern.regex); // throws on a bad regular expression
    }
    for (const f of s.files) {
      const groups = groupNames(f.pattern).concat(f.sheet ? groupNames(f.sheet) : []);
      for (const g of groups) {
        if (!(nameGroups as readonly string[]).includes(g)) ctx.addIssue({ code: 'custom', message: `groupe nommé inconnu : ${g}` });
      }
      for (const d of s.derived) {
        if (!groups.includes(d.group)) ctx.addIssue({ code: 'custom', message: `${f.example} : le groupe ${d.group} manque pour ${d.id}` });
      }
      if (!f.pattern.test(f.example)) ctx.addIssue({ code: 'custom', message: `l'exemple ${f.example} ne correspond pas au motif` });
    }
  });

export type SourceDeclaration = z.output<typeof sourceDeclarationSchema>;
export type SourceDeclarationInput = z.input<typeof sourceDeclarationSchema>;

function isCleanModel(value: unknown): boolean {
  const model = value as Partial<CleanModel> | null;
  return typeof model === 'object' && model !== null && typeof model.table === 'string' && /^clean\.[a-z_]+$/.test(model.table) && typeof model.sql === 'function';
}

function groupNames(re: RegExp): string[] {
  return [...re.source.matchAll(/\(\?<([a-zA-Z]+)>/g)].map((m) => m[1] as string);
}

/** Validates a declaration (throws with the zod issues when it is malformed) and fills defaults. */
export function defineSource(input: SourceDeclarationInput): SourceDeclaration {
  return sourceDeclarationSchema.parse(input);
}

/** `cnam.actes` → `raw.cnam_actes`. */
export function rawTableName(source: Pick<SourceDeclaration, 'id'>): string {
  return `raw.${source.id.replace('.', '_')}`;
}
