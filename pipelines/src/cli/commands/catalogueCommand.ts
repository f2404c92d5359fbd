import { resolve } from 'node:path';
import { writeCatalogue } from '@vigie/indicators';
import { REPO_ROOT } from '../../config/resolvePaths.js';
import type { Command } from '../command.js';
import { parseOptions } from '../parseOptions.js';

export const catalogueCommand: Command = async (args, io) => {
  const { values } = parseOptions('catalogue', args, { out: { type: 'string' } });
  const out = resolve(values.out ?? `${REPO_ROOT}/data/catalogue`);
  const files = await writeCatalogue(out);
  io.print(`${files.length} fichiers de fiches indicateurs écrits dans ${out}.`);
  return 0;
};
