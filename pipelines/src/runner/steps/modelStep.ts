import { buildModel } from '@vigie/etl';
import type { StepRunner } from '../stepContext.js';

export const modelStep: StepRunner = async (ctx) => {
  await buildModel(ctx.wh, ctx.asOf ? { asOf: ctx.asOf } : {});
  return { rows: null, message: 'Tables propres reconstruites (dernière version de chaque clé).' };
};
