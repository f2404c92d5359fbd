import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderVerifyReport, verifyPublication, type ValueSelection } from '@vigie/indicators';
import { resolvePaths } from '../../config/resolvePaths.js';
import type { Command } from '../command.js';
import { parseOptions, parsePositiveNumber } from '../parseOptions.js';
import { UsageError } from '../usage.js';

const LEVELS = ['zone', 'departement', 'region', 'national'];

function normaliseLevel(niveau: string): string {
  const level = niveau.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (!LEVELS.includes(level)) throw new UsageError(`vigie verifier : --niveau attend zone, departement, region ou national ; reçu « ${niveau} ».`);
  return level;
}

/** The values to verify, from the arguments; a usage error says what to type. */
function selectionOf(id: string | undefined, values: { periode?: string; niveau?: string; code?: string; tout?: boolean; echantillon?: string }): ValueSelection {
  if (values.tout) {
    if (id || values.periode || values.code || values.echantillon) throw new UsageError('vigie verifier --tout vérifie toute la publication : sans indicateur, --periode, --code ni --echantillon.');
    return { kind: 'all' };
  }
  if (values.echantillon !== undefined) {
    return { kind: 'sample', size: Math.round(parsePositiveNumber('echantillon', values.echantillon, 1)) };
  }
  if (!id) {
    throw new UsageError(
      'vigie verifier : indiquez une valeur (« vigie verifier consultations --periode 2025-S40 --niveau region --code 84 »), ' +
        'un indicateur entier (« vigie verifier consultations »), --tout ou --echantillon N.',
    );
  }
  if (values.periode === undefined && values.niveau === undefined && values.code === undefined) return { kind: 'indicator', indicator: id };
  if (!values.periode) throw new UsageError('vigie verifier : --periode est obligatoire pour une valeur (2025-S37, 2025-10 ou 2025-10-31).');
  const level = normaliseLevel(values.niveau ?? (values.code && values.code !== 'FR' ? 'zone' : 'national'));
  const geo = values.code ?? (level === 'national' ? 'FR' : undefined);
  if (!geo) throw new UsageError(`vigie verifier : indiquez --code pour le niveau ${level} (code EPCI, département ou région).`);
  return { kind: 'value', indicator: id, period: values.periode, level, geo };
}

/**
 * `vigie verifier INDICATEUR --periode P --niveau N --code C | --tout | --echantillon N`:
 * re-derives published values from the recorded files and definition versions (docs/audit.md).
 * Exit 0 when every compared value is equal, 1 otherwise (differences, absent or modified files).
 */
export const verifierCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(
    'verifier',
    args,
    {
      warehouse: { type: 'string' },
      inbox: { type: 'string' },
      archive: { type: 'string', multiple: true },
      publication: { type: 'string' },
      periode: { type: 'string' },
      niveau: { type: 'string' },
      code: { type: 'string' },
      tout: { type: 'boolean' },
      echantillon: { type: 'string' },
    },
    1,
  );
  const selection = selectionOf(positionals[0], values);
  const paths = resolvePaths({ ...(values.inbox ? { inbox: values.inbox } : {}), ...(values.warehouse ? { warehouse: values.warehouse } : {}) });
  const publicationDir = values.publication ? resolve(values.publication) : paths.publicationDir;
  if (!existsSync(publicationDir)) {
    throw new Error(`Aucune publication à ${publicationDir}. Indiquez --publication DOSSIER (le dossier publication/ d'un dossier d'audit) ou --warehouse FICHIER.`);
  }
  const archives = values.archive?.length ? values.archive.map((a) => resolve(a)) : paths.archiveDir ? [paths.archiveDir] : [];
  io.log.info('verification', `Vérification de ${publicationDir} : relecture des fichiers (inbox ${paths.inbox}, archive ${archives.join(', ') || 'aucune'}) et recalcul…`);
  const report = await verifyPublication({ publicationDir, inbox: paths.inbox, archives: archives.filter((a) => existsSync(a)), selection });
  io.print(renderVerifyReport(report));
  return report.ok ? 0 : 1;
};
