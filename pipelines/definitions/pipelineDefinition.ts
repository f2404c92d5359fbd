import { z } from 'zod';

/** The steps a pipeline can chain, in the order data travels (docs/architecture.md). */
export const STEP_IDS = ['ingest', 'model', 'freshness', 'compute', 'publish', 'dashboard'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const pipelineDefinitionSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/),
  label: z.string().min(1),
  description: z.string().min(1),
  /** node-cron expression (minute hour day-of-month month day-of-week), read in `timezone`. */
  cron: z.string().min(9),
  timezone: z.literal('Europe/Paris'),
  steps: z.array(z.enum(STEP_IDS)).min(1),
});

export type PipelineDefinition = z.infer<typeof pipelineDefinitionSchema>;

export function definePipeline(definition: PipelineDefinition): PipelineDefinition {
  return pipelineDefinitionSchema.parse(definition);
}
