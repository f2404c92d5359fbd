import { formatNumber } from '@vigie/core';
import { computeIndicators } from '@vigie/indicators';
import type { StepRunner } from '../stepContext.js';

export const computeStep: StepRunner = async (ctx) => {
  const result = await computeIndicators(ctx.wh, { runId: ctx.runId, ...(ctx.asOf ? { asOf: ctx.asOf } : {}) });
  return {
    rows: result.rows,
    message: `${result.indicators} indicateurs, ${formatNumber(result.rows)} valeurs calculées jusqu'à la semaine ${result.lastWeek}.`,
  };
};
