import { formatDate } from '@vigie/core';
import { type FreshnessReport, type Warehouse } from '@vigie/etl';

/**
 * Builds the temporary table `late_sources` that the alert `source_en_retard` reads: one row per
 * source that `checkFreshness` (packages/etl, from each source's declared `freshness` and
 * `graceDays`: the project's one definition of lateness) says late or never received at `today`
 * (`report` is its answer at that date). Columns of publish.alertes but the type: niveau,
 * code_geo, libelle, detail, date.
 */
export async function writeLateSources(wh: Warehouse, today: string, report: FreshnessReport): Promise<number> {
  const { late } = report;
  await wh.run(`CREATE OR REPLACE TEMP TABLE late_sources (niveau VARCHAR, code_geo VARCHAR, libelle VARCHAR, detail VARCHAR, date DATE)`);
  for (const source of late) {
    const detail =
      source.latestExtract === null || source.dueBy === null
        ? `Aucun extrait reçu au ${formatDate(today)}.`
        : `Dernier extrait du ${formatDate(source.latestExtract)} ; le suivant (fréquence ${source.frequency}) était attendu au plus tard le ${formatDate(source.dueBy)} (situation au ${formatDate(today)}).`;
    await wh.run(`INSERT INTO late_sources VALUES ('national', 'FR', $libelle, $detail, $date::DATE)`, {
      libelle: `${source.label} (${source.sourceId})`,
      detail,
      date: source.latestExtract,
    });
  }
  return late.length;
}

/** Drops the table of `writeLateSources` (the connection may live on). */
export async function dropLateSources(wh: Warehouse): Promise<void> {
  await wh.run('DROP TABLE IF EXISTS temp.late_sources');
}
