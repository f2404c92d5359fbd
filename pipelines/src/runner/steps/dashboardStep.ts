import { buildStagedSite } from '../../dashboard/buildDashboard.js';
import { siteDirFor } from '../../dashboard/dashboardPaths.js';
import { commitStagedPublication } from '../stagedPublication.js';
import type { StepRunner } from '../stepContext.js';

/**
 * Builds the site from the publication this run staged (or, without one, from the publication in
 * place) into a staged folder, then puts the publication and the site in place together. When the
 * build fails, nothing is swapped: the run's failure drops the staged publication
 * (`recordFailure`), and the previous publication and site stay.
 */
export const dashboardStep: StepRunner = async (ctx) => {
  if (!ctx.dashboard || !ctx.publish) {
    return { rows: null, skipped: true, message: 'Tableau de bord non reconstruit ici (construit à part, --sans-tableau-de-bord, ou calcul rétrospectif).' };
  }
  const publicationDir = ctx.paths.publicationDir;
  const siteDir = siteDirFor(publicationDir);
  const stagedSite = await buildStagedSite({
    publicationDir: ctx.staged?.publicationDir ?? publicationDir,
    siteDir,
    runId: ctx.runId,
    log: (line) => ctx.log.info('tableau_de_bord', line.trim(), { runId: ctx.runId, step: 'dashboard' }),
  }).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${message.replace(/\.?\s*$/, '.')} Pour publier sans reconstruire le site : \`npx vigie run --sans-tableau-de-bord\`.`,
    );
  });
  if (ctx.staged) {
    commitStagedPublication(publicationDir, ctx.staged, stagedSite);
    ctx.staged = undefined;
    return { rows: null, message: `Publication et tableau de bord mis en place ensemble : ${publicationDir}, ${siteDir}.` };
  }
  commitStagedPublication(publicationDir, undefined, stagedSite);
  return { rows: null, message: `Tableau de bord reconstruit à partir de la publication en place, mis en place dans ${siteDir}.` };
};
