/** Which published values `vigie verifier` compares. */
export type ValueSelection =
  | { kind: 'all' }
  | { kind: 'sample'; size: number }
  | { kind: 'indicator'; indicator: string }
  | { kind: 'value'; indicator: string; period: string; level: string; geo: string };

function selectedSql(selection: ValueSelection): string {
  switch (selection.kind) {
    case 'all':
      return 'SELECT * FROM pub_valeurs';
    case 'indicator':
      return 'SELECT * FROM pub_valeurs WHERE indicateur = $id';
    case 'value':
      return 'SELECT * FROM pub_valeurs WHERE indicateur = $id AND periode = $period AND niveau = $level AND code_geo = $geo';
    case 'sample':
      // A fixed sample: the same values each time, spread over indicators, periods and territories.
      return `SELECT * FROM pub_valeurs ORDER BY hash(indicateur || '|' || type_periode || '|' || periode || '|' || niveau || '|' || code_geo) LIMIT $n`;
  }
}

function frenchNumber(column: string): string {
  return `coalesce(replace(CAST(${column} AS VARCHAR), '.', ','), 'vide')`;
}

function differs(published: string, recomputed: string, label: string): string {
  return `CASE WHEN ${published} IS DISTINCT FROM ${recomputed}
    THEN '${label} publié(e) ' || ${frenchNumber(published)} || ', recalculé(e) ' || ${frenchNumber(recomputed)} END`;
}

/**
 * One row per selected published value (pub_valeurs) joined to its recomputation (publish.values of
 * the scratch warehouse): keys, published and recomputed version, status, value, numerator and
 * denominator, and `ecart` (French, NULL when all are equal). Everything must be identical, bit for bit:
 * version, status (secrecy included), value, numerator and denominator. The definitions add
 * non-integer terms exactly (exactSumSql), so no order of additions can move a last bit.
 * With `all`, recomputed values missing from the publication are rows too.
 */
export function compareValuesSql(selection: ValueSelection): string {
  const extra =
    selection.kind === 'all'
      ? `UNION ALL
SELECT r.indicator_id, r.period_type, r.period, r.level, r.geo_code, NULL, r.version, NULL, r.status, NULL, r.value, NULL, r.numerator, NULL, r.denominator,
       'valeur recalculée absente de la publication'
FROM publish."values" r ANTI JOIN pub_valeurs p
  ON r.indicator_id = p.indicateur AND r.period_type = p.type_periode AND r.period = p.periode AND r.level = p.niveau AND r.geo_code = p.code_geo`
      : '';
  return `
WITH selected AS (${selectedSql(selection)}),
joined AS (
  SELECT p.indicateur, p.type_periode, p.periode, p.niveau, p.code_geo,
         p.version AS version_publiee, r.version AS version_recalculee,
         p.statut AS statut_publie, r.status AS statut_recalcule,
         p.valeur AS valeur_publiee, r.value AS valeur_recalculee,
         p.numerateur AS numerateur_publie, r.numerator AS numerateur_recalcule,
         p.denominateur AS denominateur_publie, r.denominator AS denominateur_recalcule,
         r.indicator_id IS NOT NULL AS present
  FROM selected p
  LEFT JOIN publish."values" r
    ON r.indicator_id = p.indicateur AND r.period_type = p.type_periode AND r.period = p.periode AND r.level = p.niveau AND r.geo_code = p.code_geo
)
SELECT indicateur, type_periode, periode, niveau, code_geo, version_publiee, version_recalculee, statut_publie, statut_recalcule,
       valeur_publiee, valeur_recalculee, numerateur_publie, numerateur_recalcule, denominateur_publie, denominateur_recalcule,
       CASE WHEN NOT present THEN 'valeur publiée absente du recalcul'
            ELSE nullif(concat_ws(' ; ',
              CASE WHEN version_publiee IS DISTINCT FROM version_recalculee
                THEN 'version publiée ' || version_publiee || ', recalculée ' || version_recalculee END,
              CASE WHEN statut_publie IS DISTINCT FROM statut_recalcule
                THEN 'statut publié ' || statut_publie || ', recalculé ' || statut_recalcule END,
              ${differs('valeur_publiee', 'valeur_recalculee', 'valeur')},
              ${differs('numerateur_publie', 'numerateur_recalcule', 'numérateur')},
              ${differs('denominateur_publie', 'denominateur_recalcule', 'dénominateur')}), '') END AS ecart
FROM joined
${extra}`;
}
