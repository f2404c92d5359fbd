import { formatNombre } from '@vigie/etl';
import { publishIndicators } from '@vigie/indicators';
import type { StepRunner } from '../stepContext.js';

export const publishStep: StepRunner = async (ctx) => {
  if (!ctx.publish) {
    return { rows: null, skipped: true, message: 'Calcul rétrospectif : la publication en cours est laissée telle quelle (ajoutez --publier pour la remplacer).' };
  }
  const result = await publishIndicators(ctx.wh, { runId: ctx.runId, publicationDir: ctx.paths.publicationDir, demo: ctx.demo });
  return {
    rows: result.rows,
    message: `${formatNombre(result.rows)} valeurs publiées dans ${ctx.paths.publicationDir}, dont ${formatNombre(result.secret)} sous secret statistique.`,
  };
};
