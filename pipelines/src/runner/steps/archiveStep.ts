import { dirname, join } from 'node:path';
import { formatNumber } from '@vigie/core';
import { archiveInputFiles } from '@vigie/indicators';
import type { StepContext } from '../stepContext.js';

/**
 * Part of the ingest step: keeps each loaded file in the archive under its SHA-256 (docs/audit.md),
 * unless `--sans-archive`. Returns the end of the step's message (« ; archive : … »). A file that
 * could not be archived is a warning, not a failure: the values stay right, only a later
 * `vigie verifier` would miss it once the inbox is cleaned.
 */
export async function archiveStep(ctx: StepContext): Promise<string> {
  const archiveDir = ctx.paths.archiveDir === undefined ? join(dirname(ctx.paths.warehouse), 'archive') : ctx.paths.archiveDir;
  if (archiveDir === null) return ' ; archive des fichiers désactivée (--sans-archive)';
  const summary = await archiveInputFiles(ctx.wh, { inbox: ctx.paths.inbox, archiveDir, runId: ctx.runId });
  for (const m of summary.missing) {
    ctx.log.warn('archive', `  ${m.path} (SHA-256 ${m.fileId}) : absent de l'inbox avec ces octets et de l'archive ${archiveDir} ; « vigie verifier » ne pourra pas le relire.`, { ...m });
  }
  return ` ; archive ${archiveDir} : ${formatNumber(summary.archived)} fichier(s) ajouté(s), ${formatNumber(summary.present)} déjà présent(s)` +
    (summary.missing.length > 0 ? `, ${formatNumber(summary.missing.length)} introuvable(s)` : '');
}
