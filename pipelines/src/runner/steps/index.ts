import type { StepId } from '../../../definitions/index.js';
import type { StepRunner } from '../stepContext.js';
import { computeStep } from './computeStep.js';
import { dashboardStep } from './dashboardStep.js';
import { freshnessStep } from './freshnessStep.js';
import { ingestStep } from './ingestStep.js';
import { modelStep } from './modelStep.js';
import { publishStep } from './publishStep.js';

export const stepRunners: Record<StepId, StepRunner> = {
  ingest: ingestStep,
  model: modelStep,
  freshness: freshnessStep,
  compute: computeStep,
  publish: publishStep,
  dashboard: dashboardStep,
};

export const stepLabels: Record<StepId, string> = {
  ingest: 'Intégration des extraits',
  model: 'Modélisation',
  freshness: 'Fraîcheur des sources',
  compute: 'Calcul des indicateurs',
  publish: 'Publication',
  dashboard: 'Tableau de bord',
};
