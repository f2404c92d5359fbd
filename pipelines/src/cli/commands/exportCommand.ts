import { formatNumber } from '@vigie/core';
import { resolve } from 'node:path';
import { exportValues } from '@vigie/indicators';
import { resolvePaths } from '../../config/resolvePaths.js';
import type { Command } from '../command.js';
import { parseOptions } from '../parseOptions.js';
import { UsageError } from '../usage.js';
import { withWarehouse } from './openForReading.js';

const FORMATS = ['csv', 'parquet', 'arrow'] as const;

export const exportCommand: Command = async (args, io) => {
  const { values } = parseOptions('export', args, { warehouse: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' } });
  if (!values.out) throw new UsageError('vigie export : --out FICHIER est obligatoire (par exemple --out valeurs.csv).');
  const format = (values.format ?? 'csv') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`vigie export : --format attend csv, parquet ou arrow ; reçu « ${values.format} ».`);
  const out = resolve(values.out);
  const rows = await withWarehouse(resolvePaths(values).warehouse, (wh) => exportValues(wh, { out, format }));
  io.print(`${formatNumber(rows)} valeurs publiées exportées au format ${format} dans ${out}.`);
  return 0;
};
