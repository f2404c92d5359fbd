import { parisToday } from '@vigie/core';
import { checkFreshness } from '@vigie/etl';
import type { StepRunner } from '../stepContext.js';

export const freshnessStep: StepRunner = async (ctx) => {
  const today = ctx.asOf ?? parisToday(ctx.now);
  const report = await checkFreshness(ctx.wh, { today });
  for (const late of report.late) ctx.log.warn('source_en_retard', late.message, { source: late.sourceId });
  return {
    rows: report.late.length,
    message: report.late.length === 0 ? 'Toutes les sources sont à jour.' : `${report.late.length} source(s) en retard : ${report.late.map((l) => l.sourceId).join(', ')}.`,
  };
};
