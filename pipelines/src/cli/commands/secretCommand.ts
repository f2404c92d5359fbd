import { resolve } from 'node:path';
import { formatDuration, formatNumber, formatPercent } from '@vigie/core';
import { auditPublication } from '@vigie/indicators';
import { resolvePaths } from '../../config/resolvePaths.js';
import type { Command } from '../command.js';
import { UsageError } from '../usage.js';
import { parseOptions } from '../parseOptions.js';

const LEVEL_ORDER = ['zone', 'departement', 'region', 'national'];
const PERIOD_ORDER = ['semaine', 'mois', 'cumul'];

/** `vigie secret --audit [--publication DIR]`: proves that no masked count can be recomputed from a publication. */
export const secretCommand: Command = async (args, io) => {
  const { values } = parseOptions('secret', args, { audit: { type: 'boolean' }, publication: { type: 'string' }, warehouse: { type: 'string' } });
  if (!values.audit) throw new UsageError('vigie secret --audit [--publication DIR] : audite le secret statistique d’une publication.');
  const dir = values.publication ? resolve(values.publication) : resolvePaths(values).publicationDir;
  const report = await auditPublication(dir);
  const lines = [`Audit du secret statistique de ${dir}`, '', 'Cellules (un compte, un territoire, une période) masquées, par compte, niveau et type de période :'];
  const sorted = [...report.cells].sort((a, b) =>
    a.group.localeCompare(b.group) || LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || PERIOD_ORDER.indexOf(a.periodType) - PERIOD_ORDER.indexOf(b.periodType));
  for (const c of sorted) {
    lines.push(`  ${c.group.padEnd(24)} ${c.level.padEnd(12)} ${c.periodType.padEnd(8)} ${formatNumber(c.masked).padStart(8)} / ${formatNumber(c.cells).padStart(8)}  (${formatPercent(c.cells ? c.masked / c.cells : 0)})`);
  }
  const masked = report.cells.reduce((n, c) => n + c.masked, 0);
  const total = report.cells.reduce((n, c) => n + c.cells, 0);
  const rows = report.rows.reduce((n, r) => n + r.rows, 0);
  const secret = report.rows.reduce((n, r) => n + r.secret, 0);
  lines.push(
    '',
    `Cellules masquées : ${formatNumber(masked)} sur ${formatNumber(total)} (${formatPercent(total ? masked / total : 0)}) ; ` +
      'primaires (de 1 à 10) et secondaires ne sont pas distinguées dans une publication : le dire révélerait qu’une cellule secondaire vaut 0 ou plus de 10.',
    `Coût : ${formatNumber(secret)} valeurs secrètes sur ${formatNumber(rows)} valeurs d’indicateurs soumis au secret (${formatPercent(rows ? secret / rows : 0)}).`,
    `Cellules masquées déductibles des valeurs publiées : ${formatNumber(report.recoverable)}.`,
    ...report.leaks,
    `Durée de l’audit : ${formatDuration(report.durationMs)}.`,
  );
  io.print(lines.join('\n'));
  return report.recoverable === 0 ? 0 : 1;
};
