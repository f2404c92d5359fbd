import { definePipeline } from './pipelineDefinition.js';

export const quotidien = definePipeline({
  id: 'quotidien',
  label: 'Pipeline quotidien',
  description:
    "Chaque jour à 7 h (heure de Paris) : intègre les nouveaux extraits et vérifie la fraîcheur des sources, sans publier.",
  cron: '0 7 * * *',
  timezone: 'Europe/Paris',
  steps: ['ingest', 'model', 'freshness'],
});
