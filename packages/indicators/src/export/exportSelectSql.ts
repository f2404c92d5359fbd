/** The header of the csv export (interfaces.md), in this order. */
export const EXPORT_COLUMNS = [
  'indicateur', 'version', 'type_periode', 'periode', 'niveau', 'code_geo',
  'valeur', 'numerateur', 'denominateur', 'statut', 'run_id',
] as const;

/** A DOUBLE as French text: decimal comma, no thousands separator, at most 6 decimals, no trailing zeros. */
export function frenchDecimalSql(expr: string): string {
  return `replace(CASE WHEN ${expr} IS NULL THEN NULL
    WHEN ${expr} = trunc(${expr}) AND abs(${expr}) < 1e15 THEN CAST(CAST(${expr} AS BIGINT) AS VARCHAR)
    ELSE rtrim(rtrim(printf('%.6f', ${expr}), '0'), '.') END, '.', ',')`;
}

/** The published values, one row each, with the export's columns (numbers typed, or as French text). */
export function exportSelectSql(numbersAsFrenchText: boolean): string {
  const number = (column: string) => (numbersAsFrenchText ? frenchDecimalSql(column) : column);
  return `
SELECT indicator_id AS indicateur, version, period_type AS type_periode, period AS periode, level AS niveau,
       geo_code AS code_geo, ${number('value')} AS valeur, ${number('numerator')} AS numerateur,
       ${number('denominator')} AS denominateur, status AS statut, run_id
FROM publish."values"
ORDER BY indicateur, type_periode, period_end, niveau, code_geo`;
}
