import { buildDashboard } from '../../dashboard/buildDashboard.js';
import type { StepRunner } from '../stepContext.js';

export const dashboardStep: StepRunner = async (ctx) => {
  if (!ctx.dashboard || !ctx.publish) {
    return { rows: null, skipped: true, message: 'Tableau de bord non reconstruit ici (construit à part, --sans-tableau-de-bord, ou calcul rétrospectif).' };
  }
  await buildDashboard({ publicationDir: ctx.paths.publicationDir });
  return { rows: null, message: 'Tableau de bord reconstruit à partir de la publication.' };
};
