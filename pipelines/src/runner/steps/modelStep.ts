import { buildModel, type CleanRefresh } from '@vigie/etl';
import type { StepRunner } from '../stepContext.js';

/** What the summary says of a table built by its own incremental refresh. */
const REFRESHED: Record<CleanRefresh, string> = {
  complet: 'reconstruite entière',
  increment: 'mise à jour pour les lignes des nouveaux fichiers seulement',
  inchange: 'inchangée (aucun nouveau fichier)',
};

export const modelStep: StepRunner = async (ctx) => {
  const build = await buildModel(ctx.wh, ctx.asOf ? { asOf: ctx.asOf } : {});
  const refreshed = build.tables.filter((t) => t.incremental).map((t) => ` ; ${t.table} ${REFRESHED[t.refresh]}`);
  return { rows: null, message: `Tables propres reconstruites (dernière version de chaque clé)${refreshed.join('')}.` };
};
