import { sqlString } from '@vigie/core';
import { withDuckDbSpilled, type Warehouse } from '@vigie/etl';
import type { IndicatorDefinition } from '../definitions/indicatorDefinition.js';
import { auditCells } from '../secrecy/auditCells.js';
import { leakLines } from '../secrecy/leakLines.js';
import { loadSecrecyCells, reloadSecrecyCounts, type CountRule } from '../secrecy/loadSecrecyCells.js';
import { maskCells } from '../secrecy/maskCells.js';
import type { SecrecyCells } from '../secrecy/secrecyCells.js';

export function countRules(definitions: readonly IndicatorDefinition[]): CountRule[] {
  return definitions.map((d) => ({ indicatorId: d.id, numerator: d.secrecy.numerator, denominator: d.secrecy.denominator }));
}

/** The hierarchy used to aggregate (zone_geo, a prepared relation): each zone and the territories that add it up. */
const ANCESTORS_SQL = `(SELECT 'zone:' || code_epci AS zone, level || ':' || geo_code AS ancestor FROM zone_geo WHERE level <> 'zone')`;

/** Hooks: for the benches (bench/secrecyProfile.ts) the duration of each phase and the cells loaded; for the run's log, its warnings. */
export interface SecrecyProbe {
  readonly onPhase?: (phase: string, ms: number) => void;
  readonly onCells?: (cells: SecrecyCells) => void;
  /** A French sentence for the run's log: something did not go as expected, the step goes on (DuckDB kept its memory). */
  readonly onWarning?: (message: string) => void;
}

export interface SecrecyOutcome {
  /** rows masked */
  readonly masked: number;
  readonly rounds: number;
}

/**
 * Builds `secrecy_work`: the values of `runId` with, for each, whether publication masks it (a
 * temporary view of indicators.values by row id, the masks in `secrecy_masks`), then proves it: no
 * masked count can be computed from the published ones (`auditCells`). Needs the prepared
 * relations (zone_geo). One decision per count (`loadSecrecyCells`: a count group, a
 * territory and a time span), whatever the indicator, level and period that show it
 * (`maskCells`: primary, then secondary masks until the audit is clean). A row is masked when one
 * of its counts is. Throws, naming the cells, if the published rows still give a masked count away.
 */
export async function applySecrecy(wh: Warehouse, runId: string, definitions: readonly IndicatorDefinition[], probe: SecrecyProbe = {}): Promise<SecrecyOutcome> {
  let last = performance.now();
  const phase = (name: string): void => {
    const now = performance.now();
    probe.onPhase?.(name, now - last);
    last = now;
  };
  // the values of the run are read where they are (no copy of a million rows, nothing for DuckDB to write out
  // while JavaScript works): their row ids, and the masks in a table of their own
  await wh.run(`CREATE OR REPLACE TEMP TABLE secrecy_masks (id BIGINT PRIMARY KEY, reason VARCHAR NOT NULL)`);
  await wh.run(
    `CREATE OR REPLACE TEMP VIEW secrecy_work AS
     SELECT v.rowid AS id, v.*, m.id IS NOT NULL AS masked, m.reason AS secrecy_reason
     FROM indicators."values" v LEFT JOIN secrecy_masks m ON m.id = v.rowid WHERE v.run_id = ${sqlString(runId)}`,
  );
  const rules = countRules(definitions);
  const { rounds, keys } = await decideMasks(wh, rules, phase, probe);
  await maskNationalCumulReaders(wh, definitions);
  phase('lecteurs du cumul national');
  await auditSecrecyWork(wh, rules, probe, keys);
  phase('audit final');
  for (const table of ['secrecy_decisions', 'secrecy_refs', 'secrecy_cells', 'secrecy_ref_cells']) await wh.run(`DROP TABLE IF EXISTS temp.${table}`);
  const masked = await wh.one<{ n: number }>(`SELECT count(*) AS n FROM secrecy_work WHERE masked`);
  return { masked: masked?.n ?? 0, rounds };
}

/**
 * Loads the cells of secrecy_work, decides the masks (maskCells) and writes them back; returns the
 * number of rounds and the cells loaded (their keys serve the final audit: reloadSecrecyCounts).
 * On its own so that the auditors of the masking are garbage before the final audit builds its
 * own: both at once made the publish step the peak of a run's memory (2,13 Go on 2 million acts).
 */
async function decideMasks(
  wh: Warehouse,
  rules: readonly CountRule[],
  phase: (name: string) => void,
  probe: SecrecyProbe,
): Promise<{ rounds: number; keys: SecrecyCells }> {
  const rows = `(SELECT id, indicator_id, period_type, period_start, period_end, level, geo_code, numerator, denominator, false AS secret FROM secrecy_work)`;
  const { cells } = await loadSecrecyCells(wh, rows, ANCESTORS_SQL, rules);
  phase(`lecture des cellules (${cells.group.length})`);
  probe.onCells?.(cells);
  const result = await withDuckDbSpilled(wh, () => maskCells(cells, (round, recoverable) => phase(`tour ${round} : ${recoverable} cellule(s) déductible(s)`)), warnOf(probe));
  const decisions = result.masked.flatMap((m, cell) => (m ? [{ cell, reason: result.reason[cell] === 'primaire' ? 'primaire' : 'secondaire' }] : []));
  await wh.run(
    `CREATE OR REPLACE TEMP TABLE secrecy_decisions AS
     SELECT d.cell, d.reason FROM (SELECT unnest(from_json($decisions, '[{"cell":"INTEGER","reason":"VARCHAR"}]')) AS d)`,
    { decisions: JSON.stringify(decisions) },
  );
  await wh.run(`
    INSERT INTO secrecy_masks
    SELECT r.id, CASE WHEN bool_or(s.reason = 'primaire') THEN 'primaire' ELSE 'secondaire' END AS reason
    FROM secrecy_ref_cells r JOIN secrecy_decisions s USING (cell) GROUP BY r.id`);
  phase('écriture des décisions');
  return { rounds: result.rounds, keys: cells };
}

/** Where a warning goes: the run's log, else the standard error (never nowhere). */
function warnOf(probe: SecrecyProbe): (message: string) => void {
  return probe.onWarning ?? ((message) => process.stderr.write(`ATTENTION ${message}\n`));
}

/**
 * The audit of the rows as they will be published (masked rows hidden): throws when a masked count
 * is recoverable. With `loaded`, the cells decideMasks loaded (right after it: the same rows, only
 * some masked in secrecy_masks), the cells' map of decideMasks is kept and only their counts and
 * flags are read again from the rows (reloadSecrecyCounts: the same cells as a fresh load, without
 * computing every row's cell, nor reading the cells' keys, again). The audit stays independent of
 * the masking: it reads each row's published count and flag, builds its own auditors (auditCells)
 * and trusts nothing maskCells computed; what the two share, row → cell and each cell's keys, is
 * what loadSecrecyCells would compute again from unchanged keys.
 */
export async function auditSecrecyWork(wh: Warehouse, rules: readonly CountRule[], probe: SecrecyProbe = {}, loaded?: SecrecyCells): Promise<void> {
  const rows = `(SELECT id, indicator_id, period_type, period_start, period_end, level, geo_code,
                        CASE WHEN masked THEN NULL ELSE numerator END AS numerator,
                        CASE WHEN masked THEN NULL ELSE denominator END AS denominator, masked AS secret FROM secrecy_work)`;
  const audited = (loaded ? await reloadSecrecyCounts(wh, rows, rules, loaded) : undefined) ?? (await loadSecrecyCells(wh, rows, ANCESTORS_SQL, rules));
  const recoverable = await withDuckDbSpilled(wh, () => auditCells(audited.cells, audited.shown, audited.hidden), warnOf(probe));
  if (recoverable.length > 0) {
    throw new Error(
      `Publication refusée : secret statistique. ${recoverable.length} compte(s) masqué(s) se déduisent des valeurs publiées ` +
        `(attendu : aucun) :\n${leakLines(audited.cells, recoverable).join('\n')}\n` +
        `La publication précédente reste en place ; signalez ce cas à l'équipe Vigie (docs/secret-statistique.md).`,
    );
  }
}

/**
 * A value that reveals the national cumul of a count (`secrecy.nationalCumul`, e.g. the need, read
 * with the national acts per day) is masked, at every level, for the periods ending when that
 * national cumul is masked. Such values are not counts themselves: the audit of counts does not
 * see them, so they follow the decision taken for the count they reveal.
 */
async function maskNationalCumulReaders(wh: Warehouse, definitions: readonly IndicatorDefinition[]): Promise<void> {
  for (const reader of definitions) {
    const group = reader.secrecy.nationalCumul;
    if (group === null) continue;
    // rows that rest on this count alone: masked only when this count is (a ratio row can be masked by its other count)
    const showing = definitions
      .filter((d) => [d.secrecy.numerator, d.secrecy.denominator].includes(group) && [d.secrecy.numerator, d.secrecy.denominator].every((g) => g === null || g === group))
      .map((d) => d.id);
    if (showing.length === 0) continue;
    await wh.run(
      `INSERT INTO secrecy_masks
       SELECT id, 'secondaire' FROM secrecy_work
       WHERE indicator_id = $reader AND NOT masked
         AND period_end IN (SELECT period_end FROM secrecy_work
                            WHERE masked AND level = 'national' AND period_type = 'cumul'
                              AND indicator_id IN (SELECT unnest(from_json($showing, '["VARCHAR"]'))))`,
      { reader: reader.id, showing: JSON.stringify(showing) },
    );
  }
}
