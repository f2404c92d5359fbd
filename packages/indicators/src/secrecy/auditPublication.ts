import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sqlString } from '@vigie/core';
import { openWarehouse } from '@vigie/etl';
import { auditCells } from './auditCells.js';
import type { CountGroupId } from './countGroups.js';
import { leakLines } from './leakLines.js';
import { loadSecrecyCells, type CountRule } from './loadSecrecyCells.js';

export interface SecrecyAuditReport {
  /** per count group, level and period type: the cells and how many are masked */
  readonly cells: { group: string; level: string; periodType: string; cells: number; masked: number }[];
  /** per indicator, level and period type: the rows and how many are secret */
  readonly rows: { indicator: string; level: string; periodType: string; rows: number; secret: number }[];
  readonly recoverable: number;
  /** French lines naming each recoverable cell and what gives it away */
  readonly leaks: string[];
  readonly durationMs: number;
}

const FILES = ['valeurs.parquet', 'indicateurs.parquet', 'territoires.parquet'];

/**
 * The secrecy audit of a publication folder alone: each count (indicateurs.parquet: secret_numerateur,
 * secret_denominateur), the hierarchy of territoires.parquet and the values; a masked cell is one
 * that only secret rows would show. Reads nothing else, so it can judge any publication.
 */
export async function auditPublication(dir: string): Promise<SecrecyAuditReport> {
  const missing = FILES.filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0) {
    throw new Error(
      `Audit du secret impossible : ${missing.join(', ')} absent(s) de ${dir} (attendu : un dossier de publication écrit par « vigie publish »). ` +
        `Indiquez le bon dossier avec --publication DIR.`,
    );
  }
  const started = performance.now();
  const wh = await openWarehouse(':memory:');
  try {
    const file = (f: string) => `read_parquet(${sqlString(join(dir, f))})`;
    const columns = await wh.all<{ column_name: string }>(`SELECT column_name FROM (DESCRIBE SELECT * FROM ${file('indicateurs.parquet')})`);
    if (!columns.some((c) => c.column_name === 'secret_numerateur')) {
      throw new Error(
        `Audit du secret impossible : ${join(dir, 'indicateurs.parquet')} n'a pas de colonne secret_numerateur (attendu : une publication ` +
          `de Vigie qui déclare le compte de chaque numérateur et dénominateur). Republiez avec « vigie publish ».`,
      );
    }
    const rules = (await wh.all<{ id: string; n: string | null; d: string | null }>(
      `SELECT id, secret_numerateur AS n, secret_denominateur AS d FROM ${file('indicateurs.parquet')}`,
    )).map((r): CountRule => ({ indicatorId: r.id, numerator: r.n as CountGroupId | null, denominator: r.d as CountGroupId | null }));
    await wh.run(`CREATE TEMP TABLE audit_rows AS
      SELECT row_number() OVER () AS id, indicateur AS indicator_id, type_periode AS period_type, date_debut AS period_start,
             date_fin AS period_end, niveau AS level, code_geo AS geo_code, numerateur AS numerator, denominateur AS denominator,
             statut = 'secret' AS secret
      FROM ${file('valeurs.parquet')}`);
    const ancestors = `(
      SELECT 'zone:' || code_geo AS zone, 'departement:' || code_departement AS ancestor FROM ${file('territoires.parquet')} WHERE niveau = 'zone' AND code_departement IS NOT NULL
      UNION ALL SELECT 'zone:' || code_geo, 'region:' || code_region FROM ${file('territoires.parquet')} WHERE niveau = 'zone' AND code_region IS NOT NULL
      UNION ALL SELECT 'zone:' || code_geo, 'national:FR' FROM ${file('territoires.parquet')} WHERE niveau = 'zone')`;
    const loaded = await loadSecrecyCells(wh, 'audit_rows', ancestors, rules);
    const recoverable = auditCells(loaded.cells, loaded.shown, loaded.hidden);
    const cells = await wh.all<{ group: string; level: string; periodType: string; cells: number; masked: number }>(`
      SELECT grp AS "group", level, period_type AS "periodType", count(*) AS cells, count(*) FILTER (WHERE hidden AND NOT shown) AS masked
      FROM secrecy_cells GROUP BY ALL ORDER BY ALL`);
    const rows = await wh.all<{ indicator: string; level: string; periodType: string; rows: number; secret: number }>(`
      SELECT indicator_id AS indicator, level, period_type AS "periodType", count(*) AS rows, count(*) FILTER (WHERE secret) AS secret
      FROM audit_rows WHERE indicator_id IN (SELECT id FROM ${file('indicateurs.parquet')} WHERE secret_numerateur IS NOT NULL OR secret_denominateur IS NOT NULL)
      GROUP BY ALL ORDER BY ALL`);
    return {
      cells,
      rows,
      recoverable: recoverable.length,
      leaks: leakLines(loaded.cells, recoverable, 20),
      durationMs: performance.now() - started,
    };
  } finally {
    wh.close();
  }
}
