import { formatNumber } from '@vigie/core';
import { type Warehouse } from '@vigie/etl';
import { publishIndicators } from '@vigie/indicators';
import type { StepRunner } from '../stepContext.js';

/**
 * The run whose values to publish: this run's own when it computed some (`vigie run`), otherwise
 * (`vigie publish` alone) the last run whose compute step succeeded on current data — a backfill
 * (`--jusqu-au`) is never published this way.
 */
async function valuesRun(wh: Warehouse, runId: string): Promise<string> {
  const own = await wh.one(`SELECT 1 FROM indicators."values" WHERE run_id = $run LIMIT 1`, { run: runId });
  if (own) return runId;
  const latest = await wh.one<{ run_id: string }>(
    `SELECT r.run_id
     FROM ledger.runs r
     JOIN ledger.run_steps s ON s.run_id = r.run_id AND s.step = 'compute' AND s.status = 'reussie'
     WHERE r.as_of IS NULL AND EXISTS (SELECT 1 FROM indicators."values" v WHERE v.run_id = r.run_id)
     ORDER BY s.ended_at DESC
     LIMIT 1`,
  );
  return latest?.run_id ?? runId;
}

export const publishStep: StepRunner = async (ctx) => {
  if (!ctx.publish) {
    return { rows: null, skipped: true, message: 'Calcul rétrospectif : la publication en cours est laissée telle quelle (ajoutez --publier pour la remplacer).' };
  }
  const runId = await valuesRun(ctx.wh, ctx.runId);
  const result = await publishIndicators(ctx.wh, {
    runId,
    publicationDir: ctx.paths.publicationDir,
    demo: ctx.demo,
    stage: ctx.stageForDashboard,
    onWarning: (message) => ctx.log.warn('avertissement_publication', message),
  });
  const origin = runId === ctx.runId ? '' : ` (valeurs calculées par l'exécution ${runId})`;
  const counts = `${formatNumber(result.rows)} valeurs${origin}, dont ${formatNumber(result.secret)} sous secret statistique`;
  if (result.stagedDir) {
    ctx.staged = { publicationDir: result.stagedDir };
    return {
      rows: result.rows,
      message: `${counts}, prêtes à publier : elles remplaceront ${ctx.paths.publicationDir} avec le tableau de bord construit à partir d'elles.`,
    };
  }
  return { rows: result.rows, message: `${counts} publiées dans ${ctx.paths.publicationDir}.` };
};
