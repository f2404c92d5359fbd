import { hebdomadaire } from './hebdomadaire.js';
import { quotidien } from './quotidien.js';
import type { PipelineDefinition } from './pipelineDefinition.js';

export { definePipeline, STEP_IDS, type PipelineDefinition, type StepId } from './pipelineDefinition.js';

/** Every declared pipeline. Adding one is one file here and one line in this list. */
export const pipelines: readonly PipelineDefinition[] = [hebdomadaire, quotidien];

export function findPipeline(id: string): PipelineDefinition | undefined {
  return pipelines.find((p) => p.id === id);
}
