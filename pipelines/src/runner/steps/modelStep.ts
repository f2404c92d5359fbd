import { buildModel } from '@vigie/etl';
import type { StepRunner } from '../stepContext.js';

const ACTES: Record<string, string> = {
  complet: 'clean.actes reconstruite entière',
  increment: 'clean.actes mise à jour pour les actes des nouveaux fichiers seulement',
  inchange: 'clean.actes inchangée (aucun nouveau fichier d’actes)',
};

export const modelStep: StepRunner = async (ctx) => {
  const build = await buildModel(ctx.wh, ctx.asOf ? { asOf: ctx.asOf } : {});
  return { rows: null, message: `Tables propres reconstruites (dernière version de chaque clé) ; ${ACTES[build.actes]}.` };
};
