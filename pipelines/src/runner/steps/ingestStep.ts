import { formatNumber } from '@vigie/core';
import { ingestInbox } from '@vigie/etl';
import { archiveStep } from './archiveStep.js';
import type { StepRunner } from '../stepContext.js';

export const ingestStep: StepRunner = async (ctx) => {
  const summary = await ingestInbox(ctx.wh, {
    inbox: ctx.paths.inbox,
    runId: ctx.runId,
    now: ctx.now,
    onProgress: (e) => {
      ctx.activity = `dernier fichier lu : ${e.file}`;
      // One line per file that needs a look (rejected rows or file, unknown, duplicate); the
      // step's summary gives the totals per source.
      if (e.status === 'deja_charge' || e.status === 'charge') return;
      const level = e.status === 'rejete' || e.status === 'charge_avec_rejets' ? 'warn' : 'info';
      const why = e.detail ? ` : ${e.detail}` : '';
      ctx.log[level]('fichier', `  ${e.file} : ${e.status} (${formatNumber(e.rowsRead)} lignes lues, ${formatNumber(e.rowsRejected)} rejetées)${why}`, { ...e });
    },
  });
  const archived = await archiveStep(ctx);
  const fresh = summary.files.filter((f) => f.status !== 'deja_charge');
  const loaded = fresh.reduce((n, f) => n + f.rowsLoaded, 0);
  const rejected = fresh.reduce((n, f) => n + f.rowsRejected, 0);
  const rejectedFiles = fresh.filter((f) => f.status === 'rejete').length;
  const wholeFiles = rejectedFiles > 0 ? `, ${rejectedFiles} fichier(s) rejeté(s) en entier (voir « vigie rejects »)` : '';
  const lines = Object.entries(summary.bySource)
    .map(([source, s]) => `${source} ${s.files} fichier(s), ${formatNumber(s.rowsLoaded)} lignes chargées, ${formatNumber(s.rowsRejected)} rejetées`)
    .join(' ; ');
  return {
    rows: loaded,
    message: `${fresh.length} nouveau(x) fichier(s), ${formatNumber(loaded)} lignes chargées, ${formatNumber(rejected)} rejetées${wholeFiles}${lines ? ` — ${lines}` : ''}${archived}`,
  };
};
