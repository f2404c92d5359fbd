import type { Warehouse } from '@vigie/etl';
import { createPreparedTables } from '../src/compute/createPreparedTables.js';
import { indicators } from '../src/definitions/indicators.js';
import { applySecrecy } from '../src/publish/applySecrecy.js';
import { legacyApplySecrecy } from './legacyApplySecrecy.js';

/** Prints the share of values masked before (legacy rule) and after (one decision per count, audited), per level and period type, per indicator, and the time taken. */
export async function measureSecrecy(wh: Warehouse): Promise<void> {
  const run = await wh.one<{ run_id: string; as_of: string }>(
    `SELECT run_id, max(period_end) FILTER (WHERE period_type = 'semaine')::VARCHAR AS as_of FROM indicators."values" GROUP BY run_id ORDER BY as_of DESC, run_id DESC LIMIT 1`,
  );
  if (!run) throw new Error('Aucune valeur calculée dans l’entrepôt.');
  await createPreparedTables(wh, run.as_of);
  let start = performance.now();
  await legacyApplySecrecy(wh, run.run_id, indicators);
  console.log(`avant (règle par indicateur) : ${((performance.now() - start) / 1000).toFixed(1)} s`);
  start = performance.now();
  const after = await applySecrecy(wh, run.run_id, indicators);
  console.log(`après (une décision par compte, audit compris) : ${((performance.now() - start) / 1000).toFixed(1)} s, ${after.rounds} tours`);
  const subject = indicators.filter((d) => d.secrecy.numerator || d.secrecy.denominator).map((d) => `'${d.id}'`).join(', ');
  const rows = await wh.all<{ level: string; period_type: string; rows: number; before: number; after: number; primary: number }>(`
    SELECT a.level, a.period_type, count(*) AS rows,
           count(*) FILTER (WHERE b.masked) AS before, count(*) FILTER (WHERE a.masked) AS after,
           count(*) FILTER (WHERE a.secrecy_reason = 'primaire') AS primary
    FROM secrecy_work a JOIN legacy_secrecy_work b USING (indicator_id, period_type, period, level, geo_code)
    WHERE a.indicator_id IN (${subject})
    GROUP BY a.level, a.period_type ORDER BY list_position(['zone', 'departement', 'region', 'national'], a.level), a.period_type`);
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1).replace('.', ',')} %`;
  console.log('niveau | période | valeurs | masquées avant | masquées après | dont primaires');
  for (const r of rows) console.log(`${r.level} | ${r.period_type} | ${r.rows} | ${pct(r.before, r.rows)} | ${pct(r.after, r.rows)} | ${pct(r.primary, r.rows)}`);
  const byIndicator = await wh.all<{ indicator_id: string; rows: number; before: number; after: number }>(`
    SELECT a.indicator_id, count(*) AS rows, count(*) FILTER (WHERE b.masked) AS before, count(*) FILTER (WHERE a.masked) AS after
    FROM secrecy_work a JOIN legacy_secrecy_work b USING (indicator_id, period_type, period, level, geo_code)
    WHERE a.indicator_id IN (${subject}) GROUP BY ALL ORDER BY ALL`);
  console.log('indicateur | valeurs | masquées avant | masquées après');
  for (const r of byIndicator) console.log(`${r.indicator_id} | ${r.rows} | ${pct(r.before, r.rows)} | ${pct(r.after, r.rows)}`);
}
