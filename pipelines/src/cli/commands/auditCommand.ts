import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatNumber } from '@vigie/core';
import { writeAuditBundle } from '@vigie/indicators';
import { resolvePaths } from '../../config/resolvePaths.js';
import type { Command } from '../command.js';
import { parseOptions } from '../parseOptions.js';
import { UsageError } from '../usage.js';

/** `vigie audit --out DOSSIER [--publication DIR | --warehouse FILE]`: the audit bundle (docs/audit.md). */
export const auditCommand: Command = async (args, io) => {
  const { values } = parseOptions('audit', args, { out: { type: 'string' }, warehouse: { type: 'string' }, publication: { type: 'string' } });
  if (!values.out) throw new UsageError('vigie audit : --out DOSSIER est obligatoire (par exemple --out audit-2025-S40/).');
  const publicationDir = values.publication ? resolve(values.publication) : resolvePaths(values).publicationDir;
  if (!existsSync(publicationDir)) throw new Error(`Aucune publication à ${publicationDir}. Lancez d'abord « vigie run » (ou indiquez --publication DOSSIER).`);
  const out = resolve(values.out);
  const summary = await writeAuditBundle(publicationDir, out);
  io.print(
    `Dossier d'audit de l'exécution ${summary.runId} écrit dans ${out} : ${formatNumber(summary.values)} valeurs, ` +
      `${formatNumber(summary.versions)} versions de définitions, ${formatNumber(summary.files)} fichiers d'entrée (LISEZMOI.md).`,
  );
  return 0;
};
