import { formatDate } from '@vigie/core';
import type { Warehouse } from '@vigie/etl';

/** How a computation proceeds: every period, or only those ending on or after `fromDay`, the others copied from `previousRunId`. */
export type ComputePlan =
  | { mode: 'complet'; reason: string }
  | { mode: 'increment'; previousRunId: string; fromDay: string; reason: string };

type PreviousPlan = {
  run_id: string;
  as_of: string;
  definitions: string;
};

/**
 * Compares the basis just measured (`current_basis`, see computeBasis.ts) with that of the last
 * computation: the periods ending before the first day whose activity changed, and before the
 * day after the last computation's end, keep their values. Anything else that changed (a
 * snapshot, the zones, the referential, a parameter, a definition, the common base of the
 * indicators, an earlier end date) means a full computation; the reason says which, in French.
 * Needs the run's definition and socle versions recorded (recordDefinitionVersions) and `current_basis`.
 */
export async function planIncrement(wh: Warehouse, options: { runId: string; asOf: string; definitions: string; launch: string }): Promise<ComputePlan> {
  const previous = await wh.one<PreviousPlan>(
    `SELECT p.run_id, CAST(p.as_of AS VARCHAR) AS as_of, p.definitions FROM indicators.compute_plans p
     WHERE p.run_id <> $run AND EXISTS (SELECT 1 FROM indicators."values" v WHERE v.run_id = p.run_id)
     ORDER BY p.computed_at DESC LIMIT 1`,
    { run: options.runId },
  );
  if (!previous) return { mode: 'complet', reason: 'aucun calcul précédent à compléter' };
  if (previous.definitions !== options.definitions) {
    return { mode: 'complet', reason: `les définitions ou leurs versions ont changé depuis le calcul ${previous.run_id}` };
  }
  // The common base (prepared relations, clean tables' SQL, Vigie's version: audit/socleText.ts) is recorded per run
  // before the plan; values kept from a run computed on another base could differ from a full computation.
  const socle = await wh.one<{ same: boolean }>(
    `SELECT (SELECT text_hash FROM indicators.run_socle WHERE run_id = $prev) IS NOT DISTINCT FROM
            (SELECT text_hash FROM indicators.run_socle WHERE run_id = $run) AS same`,
    { prev: previous.run_id, run: options.runId },
  );
  if (!socle?.same) {
    return { mode: 'complet', reason: `le socle commun des indicateurs (relations préparées, tables propres, version de Vigie) a changé depuis le calcul ${previous.run_id}` };
  }
  if (previous.as_of > options.asOf) {
    return { mode: 'complet', reason: `calcul jusqu'au ${formatDate(options.asOf)}, avant la fin du calcul précédent (${formatDate(previous.as_of)})` };
  }
  const changedWhole = await wh.all<{ table_name: string }>(
    `SELECT coalesce(c.table_name, b.table_name) AS table_name
     FROM (SELECT * FROM current_basis WHERE day IS NULL) c
     FULL JOIN (SELECT * FROM indicators.compute_basis WHERE run_id = $prev AND day IS NULL) b USING (table_name)
     WHERE c.row_hash IS DISTINCT FROM b.row_hash OR c.row_count IS DISTINCT FROM b.row_count
     ORDER BY 1`,
    { prev: previous.run_id },
  );
  if (changedWhole.length > 0) {
    return { mode: 'complet', reason: `changement hors des actes et des journées (${changedWhole.map((t) => t.table_name).join(', ')}) : toutes les périodes peuvent en dépendre` };
  }
  const changedDays = await wh.one<{ first_day: string | null; undated: number }>(
    `SELECT CAST(min(coalesce(c.day, b.day)) AS VARCHAR) AS first_day, count(*) FILTER (WHERE coalesce(c.day, b.day) IS NULL) AS undated
     FROM (SELECT * FROM current_basis WHERE day IS NOT NULL OR table_name IN (SELECT table_name FROM current_basis WHERE day IS NOT NULL)) c
     FULL JOIN (SELECT * FROM indicators.compute_basis WHERE run_id = $prev
                  AND table_name IN (SELECT table_name FROM indicators.compute_basis WHERE run_id = $prev AND day IS NOT NULL)) b
       ON b.table_name = c.table_name AND b.day IS NOT DISTINCT FROM c.day
     WHERE c.row_hash IS DISTINCT FROM b.row_hash OR c.row_count IS DISTINCT FROM b.row_count`,
    { prev: previous.run_id },
  );
  if ((changedDays?.undated ?? 0) > 0) return { mode: 'complet', reason: 'des actes ou des journées sans date ont changé' };
  const dayAfter = new Date(Date.parse(`${previous.as_of}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const first = changedDays?.first_day ?? null;
  const fromDay = first !== null && first < dayAfter ? first : dayAfter;
  if (fromDay <= options.launch) return { mode: 'complet', reason: `les actes ou les journées ont changé dès le lancement (${formatDate(fromDay)})` };
  return {
    mode: 'increment',
    previousRunId: previous.run_id,
    fromDay,
    reason:
      first !== null && first < dayAfter
        ? `actes ou journées changés à partir du ${formatDate(first)}`
        : `rien de changé avant le ${formatDate(dayAfter)}, lendemain de la fin du calcul précédent`,
  };
}
