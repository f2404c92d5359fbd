import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hebdomadaire } from '../../../definitions/hebdomadaire.js';
import { resolvePaths } from '../../config/resolvePaths.js';
import { siteDirFor } from '../../dashboard/dashboardPaths.js';
import { serveStaticSite } from '../../dashboard/serveStaticSite.js';
import { DEMO_MARKER, runPipeline } from '../../runner/runPipeline.js';
import type { Command } from '../command.js';
import { parseOptions } from '../parseOptions.js';
import { formatRunReport } from '../printRunReport.js';
import { demoCommand } from './demoCommand.js';

/**
 * `npm start`: demo extracts → weekly pipeline → dashboard, served on http://localhost:3000.
 * With CI=true or --no-serve, builds and exits. An inbox holding real extracts (no demo marker)
 * is never overwritten: the pipeline runs on it as it is. The pipeline builds the site itself
 * (dashboard step), so the publication and the site are put in place together or not at all.
 */
export const startCommand: Command = async (args, io) => {
  const { values } = parseOptions('start', args, { 'no-serve': { type: 'boolean' }, port: { type: 'string' } });
  const paths = resolvePaths({});
  const isDemoInbox = !existsSync(paths.inbox) || readdirSync(paths.inbox).length === 0 || existsSync(join(paths.inbox, DEMO_MARKER));
  if (isDemoInbox) {
    await demoCommand([], io);
  } else {
    io.print(`L'inbox ${paths.inbox} contient de vrais extraits : pas de données de démonstration.`);
  }
  const report = await runPipeline({ pipeline: hebdomadaire, paths, trigger: 'commande', log: io.log, dashboard: true });
  io.print(formatRunReport(report));
  if (report.status !== 'reussie') return 1;
  const serve = values['no-serve'] !== true && process.env['CI'] !== 'true';
  if (!serve) return 0;
  const site = await serveStaticSite(siteDirFor(paths.publicationDir), values.port ? Number(values.port) : 3000);
  io.print(`Tableau de bord servi sur ${site.url} (Ctrl+C pour arrêter).`);
  await new Promise<void>((done) => site.server.on('close', () => done()));
  return 0;
};
