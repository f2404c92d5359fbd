import { resolvePaths } from '../../config/resolvePaths.js';
import { buildDashboard } from '../../dashboard/buildDashboard.js';
import type { Command } from '../command.js';
import { parseOptions, parsePositiveNumber } from '../parseOptions.js';

export const dashboardCommand: Command = async (args) => {
  const { values } = parseOptions('dashboard', args, { warehouse: { type: 'string' }, serve: { type: 'boolean' }, port: { type: 'string' } });
  await buildDashboard({
    publicationDir: resolvePaths(values).publicationDir,
    serve: values.serve === true,
    port: parsePositiveNumber('port', values.port, 3000),
  });
  return 0;
};
