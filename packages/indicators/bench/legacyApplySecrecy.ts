/** The secrecy of Vigie before issue #9 (per indicator, per period, parent families only), kept to measure what the new one costs. */
import type { Warehouse } from '@vigie/etl';
import type { IndicatorDefinition } from '../src/definitions/indicatorDefinition.js';

/** Counts of patients or acts from 1 to 10 are masked (SNDS rule); zero is shown. */
const SECRECY_MAX = 10;
const MAX_ROUNDS = 100;

function rulesSql(definitions: readonly IndicatorDefinition[]): string {
  const rows = definitions
    .filter((d) => d.secrecy.numerator !== null || d.secrecy.denominator !== null)
    .map((d) => `('${d.id}', ${d.secrecy.numerator !== null}, ${d.secrecy.denominator !== null})`);
  return rows.length > 0 ? `VALUES ${rows.join(', ')}` : `SELECT NULL::VARCHAR, false, false WHERE false`;
}

/**
 * Builds `legacy_secrecy_work`: the values of `runId` with, for each, whether publication masks it.
 * Primary: the numerator or denominator that counts patients or acts is from 1 to 10.
 * Secondary: within a family (zones in their département, départements in their région, régions
 * in FR; same indicator and period), a single masked child of a published parent could be
 * recovered by subtraction, and a masked parent whose children are all published by addition: the
 * smallest open child is masked too (a non-zero one first), or the parent when it has no other
 * child. Repeated over every level until nothing changes.
 * Returns the number of masked values.
 */
export async function legacyApplySecrecy(wh: Warehouse, runId: string, definitions: readonly IndicatorDefinition[]): Promise<number> {
  await wh.run(
    `CREATE OR REPLACE TEMP TABLE legacy_secrecy_work AS
     WITH rules(indicator_id, numerator_subject, denominator_subject) AS (${rulesSql(definitions)}),
     parents AS (
       SELECT 'zone' AS level, code_epci AS geo_code, 'departement' AS parent_level, code_departement AS parent_code
       FROM ref.epci WHERE code_departement IS NOT NULL
       UNION ALL SELECT 'departement', code_departement, 'region', code_region FROM ref.departements
       UNION ALL SELECT 'region', code_region, 'national', 'FR' FROM ref.regions
     )
     SELECT row_number() OVER () AS id, v.*,
            coalesce(r.numerator_subject OR r.denominator_subject, false) AS subject,
            p.parent_level, p.parent_code,
            CASE WHEN r.denominator_subject THEN v.denominator ELSE v.numerator END AS weight,
            coalesce((r.numerator_subject AND v.numerator > 0 AND v.numerator <= ${SECRECY_MAX})
                  OR (r.denominator_subject AND v.denominator > 0 AND v.denominator <= ${SECRECY_MAX}), false) AS masked,
            CASE WHEN (r.numerator_subject AND v.numerator > 0 AND v.numerator <= ${SECRECY_MAX})
                   OR (r.denominator_subject AND v.denominator > 0 AND v.denominator <= ${SECRECY_MAX})
                 THEN 'primaire' END AS secrecy_reason
     FROM indicators."values" v
     LEFT JOIN rules r USING (indicator_id)
     LEFT JOIN parents p ON p.level = v.level AND p.geo_code = v.geo_code
     WHERE v.run_id = $run`,
    { run: runId },
  );
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const exposed = await wh.all<{ id: number }>(SECONDARY_SQL);
    if (exposed.length === 0) break;
    await wh.run(
      `UPDATE legacy_secrecy_work SET masked = true, secrecy_reason = 'secondaire'
       WHERE id IN (SELECT unnest($ids::BIGINT[]))`,
      { ids: `[${exposed.map((e) => e.id).join(',')}]` },
    );
  }
  const masked = await wh.one<{ n: number }>(`SELECT count(*) AS n FROM legacy_secrecy_work WHERE masked`);
  return masked?.n ?? 0;
}

/**
 * The rows to mask next, for each family (a parent and its children, same indicator and period):
 * - the parent is published and exactly one child is masked (child = parent − the others): mask
 *   the smallest other child, a non-zero one first; with no other child, mask the parent;
 * - the parent is masked and every child is published (parent = Σ children): mask the smallest child.
 */
const SECONDARY_SQL = `
WITH children AS (
  SELECT * FROM legacy_secrecy_work WHERE subject AND parent_code IS NOT NULL
),
families AS (
  SELECT indicator_id, period_type, period, parent_level, parent_code,
         count(*) FILTER (WHERE masked) AS masked_children,
         count(*) FILTER (WHERE NOT masked) AS open_children
  FROM children
  GROUP BY ALL
),
with_parent AS (
  SELECT f.*, p.id AS parent_id, p.masked AS parent_masked
  FROM families f
  JOIN legacy_secrecy_work p ON p.indicator_id = f.indicator_id AND p.period_type = f.period_type AND p.period = f.period
                     AND p.level = f.parent_level AND p.geo_code = f.parent_code
),
exposed AS (
  SELECT * FROM with_parent
  WHERE (NOT parent_masked AND masked_children = 1) OR (parent_masked AND masked_children = 0)
),
next_smallest AS (
  SELECT c.id,
         row_number() OVER (PARTITION BY c.indicator_id, c.period_type, c.period, c.parent_level, c.parent_code
                            ORDER BY coalesce(c.weight, 0) <= 0, coalesce(c.weight, 0), c.geo_code) AS rank
  FROM children c
  JOIN exposed e USING (indicator_id, period_type, period, parent_level, parent_code)
  WHERE NOT c.masked
)
SELECT id FROM next_smallest WHERE rank = 1
UNION
SELECT parent_id FROM exposed WHERE NOT parent_masked AND open_children = 0`;
