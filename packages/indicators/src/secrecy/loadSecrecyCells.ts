import { sqlString } from '@vigie/core';
import type { Warehouse } from '@vigie/etl';
import { COUNT_GROUPS, type CountGroupId } from './countGroups.js';
import type { SecrecyCells, SecrecyLevel } from './secrecyCells.js';
import { SECRECY_MAX } from './secrecyThreshold.js';

/** Which count each indicator's numerator and denominator rest on. */
export interface CountRule {
  readonly indicatorId: string;
  readonly numerator: CountGroupId | null;
  readonly denominator: CountGroupId | null;
}

export interface LoadedCells {
  readonly cells: SecrecyCells;
  /** some non-secret row shows the count */
  readonly shown: boolean[];
  /** some secret row would show it */
  readonly hidden: boolean[];
}

function rulesSql(rules: readonly CountRule[]): string {
  const rows = rules.flatMap((r) => [
    ...(r.numerator ? [`(${sqlString(r.indicatorId)}, 'num', ${sqlString(r.numerator)})`] : []),
    ...(r.denominator ? [`(${sqlString(r.indicatorId)}, 'den', ${sqlString(r.denominator)})`] : []),
  ]);
  return rows.length > 0 ? `VALUES ${rows.join(', ')}` : `SELECT NULL::VARCHAR, NULL::VARCHAR, NULL::VARCHAR WHERE false`;
}

/** The count a row gives on `side` of its rule (`u`): its numerator or its denominator. */
const SIDE_COUNT_SQL = `CASE u.side WHEN 'num' THEN r.numerator ELSE r.denominator END`;

/**
 * What a cell is, from the counts (`count`) and secret flags (`secret`) of the rows that show it:
 * its count, primary (1 to SECRECY_MAX), shown by a row that is not secret, hidden by a secret row.
 * One definition for the masking's load and the final audit's reload.
 */
const CELL_FLAGS_SQL = `max(count) AS count,
           coalesce(bool_or(count > 0 AND count <= ${SECRECY_MAX}), false) AS is_primary,
           coalesce(bool_or(count IS NOT NULL AND NOT secret), false) AS shown,
           bool_or(secret) AS hidden`;

const axesSql = `VALUES ${Object.entries(COUNT_GROUPS).map(([id, g]) => `(${sqlString(id)}, ${sqlString(g.axis)})`).join(', ')}`;

/**
 * Reads the secret counts of `rows` (a relation with id, indicator_id, period_type, period_start,
 * period_end, level, geo_code, numerator, denominator, secret) into cells, one per count group,
 * territory and time span (countGroups: the time axis of each count). Leaves the temp tables
 * `secrecy_ref_cells` (row id, side, cell) and `secrecy_cells` for writing decisions back.
 * `ancestors`: a relation (zone, ancestor) of `level:code` keys, the hierarchy used to aggregate.
 */
export async function loadSecrecyCells(wh: Warehouse, rows: string, ancestors: string, rules: readonly CountRule[]): Promise<LoadedCells> {
  // a row's time points depend on its count's axis and its period alone: computed once per period and count group
  // (a few thousand spans, not a million rows), each span numbered in the cells' order (grp, t_from, t_to)
  await wh.run(`
    CREATE OR REPLACE TEMP TABLE secrecy_spans AS
    WITH axes(grp, axis) AS (${axesSql}),
    periods AS (SELECT DISTINCT period_type, period_start, period_end FROM ${rows}),
    spans AS (
      SELECT a.grp, p.period_type, p.period_start, p.period_end,
             CASE a.axis WHEN 'jours' THEN strftime(CAST(p.period_start AS DATE) - 1, '%Y-%m-%d')
                         WHEN 'mois' THEN strftime(date_trunc('month', CAST(p.period_start AS DATE)) - INTERVAL 1 MONTH, '%Y-%m')
                         ELSE '0' END AS t_from,
             CASE a.axis WHEN 'jours' THEN strftime(CAST(p.period_end AS DATE), '%Y-%m-%d')
                         WHEN 'mois' THEN strftime(CAST(p.period_end AS DATE), '%Y-%m')
                         WHEN 'constant' THEN '1'
                         ELSE p.period_type || ':' || strftime(CAST(p.period_start AS DATE), '%Y-%m-%d') || '/' || strftime(CAST(p.period_end AS DATE), '%Y-%m-%d') END AS t_to
      FROM periods p CROSS JOIN axes a
    )
    SELECT *, CAST(dense_rank() OVER (ORDER BY grp, t_from, t_to) AS INTEGER) AS span FROM spans`);
  await wh.run(`
    CREATE OR REPLACE TEMP TABLE secrecy_refs AS
    WITH rules(indicator_id, side, grp) AS (${rulesSql(rules)}),
    refs AS (
      SELECT r.id, u.side, u.grp, r.period_type, r.period_start, r.period_end, r.level, r.geo_code, r.secret,
             ${SIDE_COUNT_SQL} AS count
      FROM ${rows} r JOIN rules u USING (indicator_id)
    )
    SELECT r.id, r.side, r.grp, r.level, r.geo_code, r.period_type, r.count, r.secret, s.span
    FROM refs r JOIN secrecy_spans s
      ON s.grp = r.grp AND s.period_type IS NOT DISTINCT FROM r.period_type
     AND s.period_start IS NOT DISTINCT FROM r.period_start AND s.period_end IS NOT DISTINCT FROM r.period_end
    WHERE r.count IS NOT NULL OR r.secret`);
  await wh.run(`
    CREATE OR REPLACE TEMP TABLE secrecy_cells AS
    WITH cells AS (
      SELECT grp, level, geo_code, span, min(period_type) AS period_type, ${CELL_FLAGS_SQL}
      FROM secrecy_refs GROUP BY grp, level, geo_code, span
    )
    SELECT CAST(row_number() OVER (ORDER BY c.grp, c.level, c.geo_code, c.span) - 1 AS INTEGER) AS cell,
           c.grp, c.level, c.geo_code, s.t_from, s.t_to, c.period_type, c.count, c.is_primary, c.shown, c.hidden, c.span
    FROM cells c JOIN (SELECT DISTINCT span, t_from, t_to FROM secrecy_spans) s USING (span)`);
  await wh.run(`
    CREATE OR REPLACE TEMP TABLE secrecy_ref_cells AS
    SELECT r.id, r.side, c.cell FROM secrecy_refs r JOIN secrecy_cells c USING (grp, level, geo_code, span)`);
  await wh.run('DROP TABLE temp.secrecy_spans');
  // not read again: dropped now rather than written to disk with DuckDB's other tables (withDuckDbSpilled)
  await wh.run('DROP TABLE temp.secrecy_refs');
  return readLoadedCells(wh, ancestors);
}

/**
 * The cells of `rows` read again after their secret flags changed (the final audit of the masks):
 * the same as `loadSecrecyCells(rows)` when `rows` are the rows last given to loadSecrecyCells,
 * with the same ids and keys, only some counts hidden and flagged secret. Where a row's count goes
 * (secrecy_ref_cells: row and side → cell) depends on its keys alone, so that map is kept, and with
 * it what the map alone gives: each cell's keys, which cells a row shows alone (`solo`) or in pairs,
 * and the hierarchy — taken from `loaded`, the cells that load returned (read from that same map).
 * Each cell's count and flags are aggregated again from `rows` as they are now. Returns undefined,
 * and the caller loads afresh, unless `rows` reference exactly the (row, side) pairs of that map
 * (a secret row whose count was NULL adds one).
 */
export async function reloadSecrecyCounts(wh: Warehouse, rows: string, rules: readonly CountRule[], loaded: SecrecyCells): Promise<LoadedCells | undefined> {
  const check = await wh.one<{ mapped: number; wanted: number; unmapped: number; cells: number }>(`
    WITH rules(indicator_id, side, grp) AS (${rulesSql(rules)}),
    wanted AS (
      SELECT r.id, u.side FROM ${rows} r JOIN rules u USING (indicator_id)
      WHERE ${SIDE_COUNT_SQL} IS NOT NULL OR r.secret
    )
    SELECT (SELECT count(*) FROM secrecy_ref_cells) AS mapped, (SELECT count(*) FROM wanted) AS wanted,
           (SELECT count(*) FROM wanted w ANTI JOIN secrecy_ref_cells x USING (id, side)) AS unmapped,
           (SELECT count(*) FROM secrecy_cells) AS cells`);
  if (!check || check.mapped !== check.wanted || check.unmapped !== 0 || check.cells !== loaded.group.length) return undefined;
  await wh.run(`
    CREATE OR REPLACE TEMP TABLE secrecy_cells_again AS
    WITH refs AS (
      SELECT u.cell, ${SIDE_COUNT_SQL} AS count, r.secret
      FROM secrecy_ref_cells u JOIN ${rows} r USING (id)
    ),
    counts AS (
      SELECT cell, ${CELL_FLAGS_SQL}
      FROM refs GROUP BY cell
    )
    SELECT c.cell, c.grp, c.level, c.geo_code, c.t_from, c.t_to, c.period_type, n.count, n.is_primary, n.shown, n.hidden
    FROM secrecy_cells c JOIN counts n USING (cell)`);
  await wh.run('DROP TABLE temp.secrecy_cells');
  await wh.run('ALTER TABLE temp.secrecy_cells_again RENAME TO secrecy_cells');
  // only what the rows decide is read again: the count and flags of each cell, in cell order
  const [count, primary, shown, hidden] = (await wh.connection.runAndReadAll(`
    SELECT CAST(count AS DOUBLE), coalesce(is_primary, false), coalesce(shown, false), coalesce(hidden, false)
    FROM secrecy_cells ORDER BY cell`)).getColumns() as [(number | null)[], boolean[], boolean[], boolean[]];
  if ((count ?? []).length !== loaded.group.length) return undefined;
  return { cells: { ...loaded, count, primary }, shown, hidden };
}

/** secrecy_cells and secrecy_ref_cells (see loadSecrecyCells) as cells, in cell order. */
async function readLoadedCells(wh: Warehouse, ancestors: string): Promise<LoadedCells> {
  const list = await readCellColumns(wh);
  // two INTEGER columns read as such (no row objects: 10^5 pairs and more); no column at all when there is no pair
  const [pairA = [], pairB = []] = (await wh.connection.runAndReadAll(`
    SELECT DISTINCT n.cell AS a, d.cell AS b FROM secrecy_ref_cells n JOIN secrecy_ref_cells d ON d.id = n.id AND d.side = 'den'
    WHERE n.side = 'num' ORDER BY ALL`)).getColumns() as [number[], number[]];
  const links = await wh.all<{ zone: string; ancestors: string }>(
    `SELECT zone, string_agg(DISTINCT ancestor, '|' ORDER BY ancestor) AS ancestors FROM ${ancestors} WHERE ancestor IS NOT NULL GROUP BY zone`,
  );
  return {
    cells: {
      group: list.grp,
      level: list.level,
      geo: list.geo,
      from: list.t_from,
      to: list.t_to,
      periodType: list.period_type,
      count: list.count,
      primary: list.is_primary,
      solo: list.solo,
      pairs: pairA.map((a, i) => [a, pairB[i] as number] as [number, number]),
      zoneAncestors: new Map(links.map((l) => [l.zone, l.ancestors.split('|')])),
    },
    shown: list.shown,
    hidden: list.hidden,
  };
}

interface CellColumns {
  grp: CountGroupId[]; level: SecrecyLevel[]; geo: string[]; t_from: string[]; t_to: string[]; period_type: string[];
  count: (number | null)[]; is_primary: boolean[]; shown: boolean[]; hidden: boolean[]; solo: boolean[];
}

/**
 * The columns of secrecy_cells in cell order, read as DuckDB's own columns: each text as its
 * number in a dictionary of the distinct texts (a few hundred: groups, levels, territories, time
 * points), counts as DOUBLE, flags as BOOLEAN. No text per cell crosses from DuckDB (242 317
 * cells: 0,5 s of splitting a string of records before); the cells share the dictionary's strings.
 */
async function readCellColumns(wh: Warehouse): Promise<CellColumns> {
  const texts = ['c.grp', 'c.level', "c.level || ':' || c.geo_code", 'c.t_from', 'c.t_to', 'c.period_type'];
  await wh.run(`
    CREATE OR REPLACE TEMP TABLE secrecy_texts AS
    SELECT w, CAST(row_number() OVER (ORDER BY w) - 1 AS INTEGER) AS k
    FROM (SELECT DISTINCT unnest([${texts.join(', ')}]) AS w FROM secrecy_cells c) WHERE w IS NOT NULL`);
  const [words] = (await wh.connection.runAndReadAll('SELECT w FROM secrecy_texts ORDER BY k')).getColumns() as [string[]];
  const columns = (await wh.connection.runAndReadAll(`
    WITH solo AS (
      SELECT DISTINCT cell FROM secrecy_ref_cells WHERE id IN (SELECT id FROM secrecy_ref_cells GROUP BY id HAVING count(*) = 1)
    )
    SELECT ${texts.map((_, i) => `coalesce(w${i}.k, -1)`).join(', ')}, CAST(c.count AS DOUBLE),
           coalesce(c.is_primary, false), coalesce(c.shown, false), coalesce(c.hidden, false), s.cell IS NOT NULL
    FROM secrecy_cells c LEFT JOIN solo s USING (cell)
    ${texts.map((x, i) => `LEFT JOIN secrecy_texts w${i} ON w${i}.w = ${x}`).join('\n    ')}
    ORDER BY c.cell`)).getColumns();
  await wh.run('DROP TABLE temp.secrecy_texts');
  const text = (i: number): string[] => (columns[i] as number[]).map((k) => (k < 0 ? (null as unknown as string) : (words[k] as string)));
  return {
    grp: text(0) as CountGroupId[],
    level: text(1) as SecrecyLevel[],
    geo: text(2),
    t_from: text(3),
    t_to: text(4),
    period_type: text(5),
    count: columns[6] as (number | null)[],
    is_primary: columns[7] as boolean[],
    shown: columns[8] as boolean[],
    hidden: columns[9] as boolean[],
    solo: columns[10] as boolean[],
  };
}
