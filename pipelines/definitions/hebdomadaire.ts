import { definePipeline } from './pipelineDefinition.js';

export const hebdomadaire = definePipeline({
  id: 'hebdomadaire',
  label: 'Pipeline hebdomadaire',
  description:
    "Chaque lundi à 6 h (heure de Paris) : intègre les nouveaux extraits, calcule les indicateurs, publie et reconstruit le tableau de bord.",
  cron: '0 6 * * 1',
  timezone: 'Europe/Paris',
  steps: ['ingest', 'model', 'freshness', 'compute', 'publish', 'dashboard'],
});
