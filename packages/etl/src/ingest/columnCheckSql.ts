import { formatPlainNumber, sqlIdent, sqlString } from '@vigie/core';
import type { ColumnDeclaration, ColumnType, DerivedColumn } from '../sources/sourceDeclaration.js';
import { sqlOneOf } from './sqlOneOf.js';

/**
 * For one declared column, the SQL pieces that type it and say what is wrong with a value,
 * evaluated by DuckDB on every row at once. The column's text is read under its id, trimmed, NULL
 * when missing (empty, `NA`, `nd`) or masked (`s`, then `<id>__s` is true). Expensive work
 * (regular expressions, casts) is done once per value in `computed`; the error CASE then only
 * looks at its results, and spells out a message for the few faulty rows.
 */
export interface ColumnCheckSql {
  /** Columns computed once per row from the normalised text (name → expression): `<id>__t` typed value, `<id>__n` digits as a number. */
  computed: Record<string, string>;
  /** French message when the value is wrong (NULL when it is fine), without the line/column prefix; over `t` and the joins. */
  error: string;
  /** Referential joins this column needs: alias → `LEFT JOIN … ON …`. */
  joins: Record<string, string>;
}

export const SQL_TYPES: Record<ColumnType, string> = {
  text: 'VARCHAR',
  integer: 'BIGINT',
  decimal: 'DOUBLE',
  date: 'DATE',
  datetime: 'TIMESTAMP',
};

const DATE_RE = '[0-9]{2}/[0-9]{2}/[0-9]{4}';
const DATETIME_RE = `${DATE_RE}( [0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?`;
const INTEGER_RE = '-?[0-9]{1,18}';
const DECIMAL_RE = '-?[0-9]{1,18}(,[0-9]+)?';
const COMMUNE_RE = '[0-9]{5}|2[AB][0-9]{3}';
const DATE_FORMAT = '%d/%m/%Y';

/** A value in a message, cut after 200 characters (a line of several megabytes stays in the file, not in the message). */
const quoted = (v: string) => `'"' || CASE WHEN strlen(${v}) > 200 THEN left(${v}, 200) || '…' ELSE ${v} END || '"'`;
const msg = (v: string, text: string) => `${quoted(v)} || ${sqlString(' ' + text)}`;

/**
 * The normalised text of a raw cell: NULL when missing (empty, `NA`, `nd`) or masked (`s`), the
 * value itself otherwise, trimmed only when it starts or ends with a space: trimming every value
 * would copy every string, the costliest step of all on millions of rows.
 */
export function normalisedSql(x: string, maskable: boolean): string {
  const tokens = ['', 'NA', 'nd', 'ND', 'na', ...(maskable ? ['s', 'S'] : [])];
  return `CASE WHEN ${sqlOneOf(x, tokens)} THEN NULL
      WHEN starts_with(${x}, ' ') OR ends_with(${x}, ' ') THEN CASE WHEN ${sqlOneOf(`trim(${x})`, tokens)} THEN NULL ELSE trim(${x}) END
      ELSE ${x} END`;
}

/** `s` (masked by statistical secrecy). */
export function maskedSql(x: string): string {
  return `CASE WHEN ${sqlOneOf(x, ['s', 'S'])} THEN true WHEN starts_with(${x}, ' ') OR ends_with(${x}, ' ') THEN ${sqlOneOf(`trim(${x})`, ['s', 'S'])} ELSE false END`;
}

export function typedSql(type: ColumnType, v: string): string {
  switch (type) {
    case 'text':
      return v;
    case 'integer':
      return `CASE WHEN regexp_full_match(${v}, '${INTEGER_RE}') THEN CAST(${v} AS BIGINT) END`;
    case 'decimal':
      return `CASE WHEN regexp_full_match(${v}, '${DECIMAL_RE}') THEN CAST(replace(${v}, ',', '.') AS DOUBLE) END`;
    case 'date':
      return `CASE WHEN regexp_full_match(${v}, '${DATE_RE}') THEN CAST(try_strptime(${v}, '${DATE_FORMAT}') AS DATE) END`;
    case 'datetime':
      // The one format the text can have, chosen by its shape (a date alone is 10 characters; two
      // colons, seconds): a list of formats tried in turn cost a third of a check of volunteers.
      return `CASE WHEN NOT regexp_full_match(${v}, '${DATETIME_RE}') THEN NULL
        WHEN strlen(${v}) = 10 THEN try_strptime(${v}, '${DATE_FORMAT}')
        WHEN strlen(${v}) - strlen(replace(${v}, ':', '')) = 2 THEN try_strptime(${v}, '${DATE_FORMAT} %H:%M:%S')
        ELSE try_strptime(${v}, '${DATE_FORMAT} %H:%M') END`;
  }
}

/** Type errors, given the typed value `t` (NULL when the text does not type). */
function typeErrors(type: ColumnType, v: string, t: string): string[] {
  switch (type) {
    case 'text':
      return [];
    case 'integer':
      return [`WHEN ${t} IS NULL THEN ${msg(v, "n'est pas un nombre entier (chiffres seuls, sans espace ni séparateur de milliers)")}`];
    case 'decimal':
      return [`WHEN ${t} IS NULL THEN ${msg(v, "n'est pas un nombre (chiffres et virgule décimale, sans séparateur de milliers, ex. 3,4)")}`];
    case 'date':
      return [
        `WHEN ${t} IS NULL THEN CASE WHEN regexp_full_match(${v}, '${DATE_RE}') THEN ${msg(v, "n'est pas une date qui existe")}
          ELSE ${msg(v, "n'est pas une date au format JJ/MM/AAAA")} END`,
      ];
    case 'datetime':
      return [
        `WHEN ${t} IS NULL THEN CASE WHEN regexp_full_match(${v}, '${DATETIME_RE}') THEN ${msg(v, "n'est pas une date qui existe")}
          ELSE ${msg(v, "n'est pas une date au format JJ/MM/AAAA (ou JJ/MM/AAAA HH:MM)")} END`,
      ];
  }
}

function rangeError(c: Pick<ColumnDeclaration, 'min' | 'max'>, v: string, t: string): string[] {
  const { min, max } = c;
  if (min !== undefined && max !== undefined) {
    return [`WHEN ${t} < ${min} OR ${t} > ${max} THEN ${msg(v, `est hors de l'intervalle attendu (entre ${formatPlainNumber(min)} et ${formatPlainNumber(max)})`)}`];
  }
  if (min === 0) return [`WHEN ${t} < 0 THEN ${msg(v, 'est négatif : une valeur positive ou nulle est attendue')}`];
  if (min !== undefined) return [`WHEN ${t} < ${min} THEN ${msg(v, `est trop petit : une valeur supérieure ou égale à ${formatPlainNumber(min)} est attendue`)}`];
  if (max !== undefined) return [`WHEN ${t} > ${max} THEN ${msg(v, `est trop grand : une valeur inférieure ou égale à ${formatPlainNumber(max)} est attendue`)}`];
  return [];
}

const refAlias = (id: string, table: string) => `ref_${table}_${id}`;

function checkErrors(
  c: ColumnDeclaration,
  v: string,
  allColumns: readonly ColumnDeclaration[],
): { errors: string[]; joins: Record<string, string>; computed: Record<string, string> } {
  const joins: Record<string, string> = {};
  const errors: string[] = [];
  const computed: Record<string, string> = {};
  const n = `t.${sqlIdent(`${c.id}__n`)}`;
  const digits = (count: number) =>
    (computed[`${c.id}__n`] = `CASE WHEN regexp_full_match(${sqlIdent(c.id)}, '[0-9]{${count}}') THEN CAST(${sqlIdent(c.id)} AS BIGINT) END`);
  const communeFormatError = `WHEN NOT regexp_full_match(${v}, '${COMMUNE_RE}') THEN ${msg(v, "n'est pas un code commune à 5 caractères (ex. 01001, 2A004)")}`;
  /** Joins `ref.<table>` on its `key` (once per column and table) and returns the error when the value is not there. */
  const lookUp = (table: string, key: string, notFound: string): string => {
    const a = refAlias(c.id, table);
    joins[a] = `LEFT JOIN ref.${table} AS ${a} ON ${a}.${key} = ${v}`;
    return `WHEN ${a}.${key} IS NULL THEN ${msg(v, notFound)}`;
  };
  switch (c.check) {
    case undefined:
      break;
    case 'rpps':
      digits(11);
      errors.push(`WHEN ${n} IS NULL THEN ${msg(v, "n'est pas un numéro RPPS (11 chiffres attendus)")}`);
      errors.push(`WHEN NOT vigie_luhn11(${n}) THEN ${msg(v, "n'est pas un numéro RPPS valide : clé de contrôle (Luhn) fausse, numéro mal saisi ?")}`);
      break;
    case 'siret':
      digits(14);
      errors.push(`WHEN ${n} IS NULL THEN ${msg(v, "n'est pas un SIRET (14 chiffres attendus)")}`);
      errors.push(`WHEN NOT vigie_siret_ok(${n}) THEN ${msg(v, "n'est pas un SIRET valide : clé de contrôle (Luhn) fausse, SIRET mal saisi ?")}`);
      break;
    case 'siretList': {
      const bad = `list_filter(list_filter(list_transform(string_split(${v}, ','), x -> trim(x)), x -> x <> ''), x -> NOT coalesce(regexp_full_match(x, '[0-9]{14}') AND vigie_siret_ok(TRY_CAST(x AS BIGINT)), false))`;
      errors.push(`WHEN len(${bad}) > 0 THEN 'contient "' || ${bad}[1] || '", qui n''est pas un SIRET valide (14 chiffres, clé de Luhn ; SIRET séparés par ", ")'`);
      break;
    }
    case 'siren':
      errors.push(`WHEN NOT regexp_full_match(${v}, '[0-9]{9}') THEN ${msg(v, "n'est pas un SIREN (9 chiffres attendus)")}`);
      break;
    case 'pseudonym':
      errors.push(`WHEN NOT regexp_full_match(${v}, '[0-9a-fA-F]{64}') THEN ${msg(v, "n'est pas un pseudonyme de 64 caractères hexadécimaux")}`);
      break;
    case 'communeFormat':
      errors.push(communeFormatError);
      break;
    case 'commune':
      errors.push(communeFormatError, lookUp('communes', 'code_commune', "n'est pas une commune du référentiel (commune fusionnée ou code erroné ?)"));
      break;
    case 'epci':
      errors.push(
        `WHEN NOT regexp_full_match(${v}, '[0-9]{9}') THEN ${msg(v, "n'est pas un SIREN d'EPCI (9 chiffres attendus)")}`,
        lookUp('epci', 'code_epci', "n'est pas un EPCI du référentiel"),
      );
      break;
    case 'region':
      errors.push(lookUp('regions', 'code_region', "n'est pas un code région du référentiel (ex. 76)"));
      break;
    case 'departement':
      errors.push(lookUp('departements', 'code_departement', "n'est pas un code département du référentiel (ex. 02, 2A, 971)"));
      break;
  }
  if (c.epciOfCommune) {
    const commune = allColumns.find((o) => o.id === c.epciOfCommune) as ColumnDeclaration;
    const a = refAlias(commune.id, 'communes');
    const cv = `t.${sqlIdent(commune.id)}`;
    errors.push(
      `WHEN ${a}.code_commune IS NOT NULL AND ${a}.code_epci IS DISTINCT FROM ${v} THEN ${quoted(v)} || ' n''est pas l''EPCI de la commune ' || ${cv} || ' dans le référentiel (' || coalesce('attendu : ' || ${a}.code_epci, 'cette commune n''appartient à aucun EPCI') || ')'`,
    );
  }
  return { errors, joins, computed };
}

/** The SQL typing and checking one column; `v` refers to the column's normalised text. */
export function columnCheckSql(c: ColumnDeclaration, allColumns: readonly ColumnDeclaration[]): ColumnCheckSql {
  // Errors and joins are evaluated over the CTE `t` joined to the referential: qualify.
  const v = `t.${sqlIdent(c.id)}`;
  const masked = `t.${sqlIdent(`${c.id}__s`)}`;
  const typed = `t.${sqlIdent(`${c.id}__t`)}`;
  const whens: string[] = [];
  if (c.required) whens.push(`WHEN ${v} IS NULL${c.maskable ? ` AND NOT ${masked}` : ''} THEN 'valeur manquante : une valeur est attendue (colonne obligatoire)'`);
  else whens.push(`WHEN ${v} IS NULL THEN NULL`);
  if (c.values) {
    whens.push(`WHEN NOT ${sqlOneOf(v, c.values)} THEN ${msg(v, `n'est pas une valeur admise (attendu : ${c.values.join(', ')})`)}`);
  }
  whens.push(...typeErrors(c.type, v, typed));
  const { errors, joins, computed } = checkErrors(c, v, allColumns);
  whens.push(...errors);
  if (c.type === 'integer' || c.type === 'decimal') whens.push(...rangeError(c, v, typed));
  if (c.pattern) whens.push(`WHEN NOT regexp_full_match(${v}, ${sqlString(c.pattern.regex)}) THEN ${msg(v, c.pattern.message)}`);
  // A domain check comes first: for a value in the domain, the cast cannot fail and needs no regex.
  computed[`${c.id}__t`] =
    c.values && (c.type === 'integer' || c.type === 'decimal')
      ? `CASE WHEN ${sqlOneOf(sqlIdent(c.id), c.values)} THEN TRY_CAST(replace(${sqlIdent(c.id)}, ',', '.') AS ${SQL_TYPES[c.type]}) END`
      : typedSql(c.type, sqlIdent(c.id));
  return { computed, error: `CAST(CASE ${whens.join('\n      ')} END AS VARCHAR)`, joins };
}

/** A column derived from the file or sheet name (the year of an APL sheet) as a column declaration. */
export function derivedAsColumn(d: DerivedColumn): ColumnDeclaration {
  return { header: d.label, id: d.id, type: d.type, required: true, maskable: false, personal: false };
}
