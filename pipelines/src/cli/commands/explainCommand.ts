import { existsSync } from 'node:fs';
import { explainIndicator } from '@vigie/indicators';
import { resolvePaths } from '../../config/resolvePaths.js';
import type { Command } from '../command.js';
import { parseOptions } from '../parseOptions.js';
import { UsageError } from '../usage.js';
import { withWarehouse } from './openForReading.js';

export const explainCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(
    'explain',
    args,
    { warehouse: { type: 'string' }, periode: { type: 'string' }, niveau: { type: 'string' }, code: { type: 'string' } },
    1,
  );
  const id = positionals[0];
  if (!id) throw new UsageError('vigie explain : indiquez un indicateur, par exemple « npx vigie explain jours_realises ».');
  const options = {
    id,
    ...(values.periode ? { periode: values.periode } : {}),
    ...(values.niveau ? { niveau: values.niveau } : {}),
    ...(values.code ? { code: values.code } : {}),
  };
  const warehouse = resolvePaths(values).warehouse;
  const text = existsSync(warehouse)
    ? await withWarehouse(warehouse, (wh) => explainIndicator(wh, options))
    : await explainIndicator(null, options);
  io.print(text);
  return 0;
};
