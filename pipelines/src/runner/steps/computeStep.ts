import { formatDate, formatNumber } from '@vigie/core';
import { computeIndicators } from '@vigie/indicators';
import type { StepRunner } from '../stepContext.js';

export const computeStep: StepRunner = async (ctx) => {
  const result = await computeIndicators(ctx.wh, { runId: ctx.runId, incremental: true, ...(ctx.asOf ? { asOf: ctx.asOf } : {}) });
  const how =
    result.plan.mode === 'increment'
      ? `calcul partiel : périodes finissant à partir du ${formatDate(result.plan.fromDay)} (${result.plan.reason}), les autres reprises de l'exécution ${result.plan.previousRunId}`
      : `calcul complet : ${result.plan.reason}`;
  return {
    rows: result.rows,
    message: `${result.indicators} indicateurs, ${formatNumber(result.rows)} valeurs calculées jusqu'à la semaine ${result.lastWeek} ; ${how}.`,
  };
};
