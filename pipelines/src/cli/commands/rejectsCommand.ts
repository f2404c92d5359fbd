import { formatNumber } from '@vigie/core';
import { resolve } from 'node:path';
import { writeRejects } from '@vigie/etl';
import { resolvePaths } from '../../config/resolvePaths.js';
import type { Command } from '../command.js';
import { parseOptions } from '../parseOptions.js';
import { UsageError } from '../usage.js';
import { withWarehouse } from './openForReading.js';

export const rejectsCommand: Command = async (args, io) => {
  const { values } = parseOptions('rejects', args, { warehouse: { type: 'string' }, out: { type: 'string' } });
  if (!values.out) throw new UsageError('vigie rejects : --out FICHIER est obligatoire (par exemple --out rejets.csv).');
  const out = resolve(values.out);
  const rows = await withWarehouse(resolvePaths(values).warehouse, (wh) => writeRejects(wh, out));
  io.print(`${formatNumber(rows)} rejets écrits dans ${out} (fichier;ligne;colonne;valeur;message).`);
  return 0;
};
