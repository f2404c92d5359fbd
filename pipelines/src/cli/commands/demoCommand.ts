import { formatDate, formatNumber } from '@vigie/core';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeDemoInbox } from '@vigie/etl';
import { resolvePaths } from '../../config/resolvePaths.js';
import { DEMO_MARKER } from '../../runner/runPipeline.js';
import type { Command } from '../command.js';
import { parseAsOf, parseOptions, parsePositiveNumber } from '../parseOptions.js';

export const demoCommand: Command = async (args, io) => {
  const { values } = parseOptions('demo', args, { scale: { type: 'string' }, out: { type: 'string' }, 'jusqu-au': { type: 'string' }, 'sans-anomalies': { type: 'boolean' } });
  const out = values.out ? resolve(values.out) : resolvePaths({}).inbox;
  const until = parseAsOf(values['jusqu-au']);
  const scale = parsePositiveNumber('scale', values.scale, 1);
  const summary = await writeDemoInbox({ out, scale, faults: values['sans-anomalies'] !== true, ...(until ? { until } : {}) });
  writeFileSync(
    join(out, DEMO_MARKER),
    `Données de démonstration écrites par « vigie demo » (échelle ${scale}, jusqu'au ${summary.until}).\n` +
      `Elles sont fictives. Supprimez ce fichier et le dossier pour travailler sur de vrais extraits.\n`,
  );
  const rows = summary.files.reduce((n, f) => n + f.rows, 0);
  io.print(
    `DONNÉES DE DÉMONSTRATION (fictives) : ${summary.files.length} fichiers, ${formatNumber(rows)} lignes, ` +
      `du 01/09/2025 au ${formatDate(summary.until)}, écrits dans ${out}` +
      (summary.faults.length ? ` (dont ${summary.faults.length} lignes volontairement erronées, pour la page Qualité).` : '.'),
  );
  return 0;
};
