import { findPipeline, pipelines, type StepId } from '../../../definitions/index.js';
import { resolvePaths } from '../../config/resolvePaths.js';
import { runPipeline } from '../../runner/runPipeline.js';
import type { Command } from '../command.js';
import { parseAsOf, parseOptions, parsePositiveNumber, pathOptions } from '../parseOptions.js';
import { formatRunReport } from '../printRunReport.js';
import { UsageError } from '../usage.js';

const runOptions = {
  ...pathOptions,
  'jusqu-au': { type: 'string' },
  publier: { type: 'boolean' },
  'sans-tableau-de-bord': { type: 'boolean' },
  attendre: { type: 'string' },
  archive: { type: 'string' },
  'sans-archive': { type: 'boolean' },
} as const;

/** `vigie run [PIPELINE]`, and the single steps `vigie ingest|compute|publish` (same options). */
export function makeRunCommand(name: string, only?: StepId[]): Command {
  return async (args, io) => {
    const { values, positionals } = parseOptions(name, args, runOptions, only ? 0 : 1);
    const pipelineId = positionals[0] ?? 'hebdomadaire';
    const pipeline = findPipeline(pipelineId);
    if (!pipeline) {
      throw new UsageError(`Pipeline inconnu « ${pipelineId} ». Pipelines déclarés : ${pipelines.map((p) => p.id).join(', ')}.`);
    }
    const asOf = parseAsOf(values['jusqu-au']);
    const report = await runPipeline({
      pipeline,
      paths: resolvePaths(values),
      trigger: 'commande',
      log: io.log,
      ...(only ? { only } : {}),
      ...(asOf ? { asOf } : {}),
      forcePublish: values.publier === true,
      dashboard: values['sans-tableau-de-bord'] !== true && !only,
      waitMs: values.attendre === undefined ? 0 : parsePositiveNumber('attendre', values.attendre, 0) * 1000,
    });
    io.print(formatRunReport(report));
    return report.status === 'reussie' ? 0 : 1;
  };
}

export const runCommand = makeRunCommand('run');
export const ingestCommand = makeRunCommand('ingest', ['ingest', 'model']);
export const computeCommand = makeRunCommand('compute', ['model', 'compute']);
export const publishCommand = makeRunCommand('publish', ['publish']);
