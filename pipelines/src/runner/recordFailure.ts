import type { StepId } from '../../definitions/index.js';
import { recordRunEnd, recordStepEnd } from './runLedger.js';
import { discardStagedPublication, livePublicationNote } from './stagedPublication.js';
import type { StepContext } from './stepContext.js';
import { stepLabels } from './steps/index.js';

/**
 * Ends a run that failed at `step` (or stopped before it, `stopped`): drops its staged
 * publication (publish.* back to the folder in place), then records the step and the run as
 * failed, saying what stays in place. Returns the run's message and the step's. Never throws:
 * this runs on the way out, sometimes from a last-resort handler.
 */
export async function recordFailure(
  ctx: StepContext,
  step: StepId | undefined,
  error: string,
  stopped = false,
): Promise<{ runMessage: string; stepMessage: string }> {
  const { wh, paths, runId } = ctx;
  // A step that died inside a transaction left it open: what it wrote is dropped.
  await wh.run('ROLLBACK').catch(() => undefined);
  let repair = '';
  if (ctx.staged) {
    const staged = ctx.staged;
    ctx.staged = undefined;
    await discardStagedPublication(wh, paths.publicationDir, staged).catch((e: unknown) => {
      repair = ` (publish.* n'a pas pu être remis d'accord avec la publication en place : ${(e as Error).message} ; la prochaine exécution le fera)`;
    });
  }
  const kept = await livePublicationNote(wh, paths.publicationDir, runId).catch(() => 'la publication en place est inchangée');
  const outcome = `${kept}${repair}.`;
  const label = step ? stepLabels[step] : undefined;
  const stepMessage = `${error} ${outcome.charAt(0).toUpperCase()}${outcome.slice(1)}`.trim();
  const runMessage = stopped
    ? `Arrêt demandé : l'exécution s'arrête${label ? ` avant l'étape « ${label} »` : ''} ; ${outcome}`
    : `Échec à l'étape « ${label ?? 'inconnue'} » : ${stepMessage}`;
  if (step && !stopped) await recordStepEnd(wh, runId, step, { status: 'echec', rows: null, message: stepMessage }).catch(() => undefined);
  await recordRunEnd(wh, runId, 'echec', runMessage).catch(() => undefined);
  return { runMessage, stepMessage };
}
