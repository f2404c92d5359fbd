import { formatDuration, formatNumber } from '@vigie/core';
import type { RunReport } from '../runner/runPipeline.js';
import { stepLabels } from '../runner/steps/index.js';

/** The summary printed at the end of a run: each step, its rows, its duration, its message. */
export function formatRunReport(report: RunReport): string {
  const status = { reussie: 'réussie', echec: 'en échec', arretee: 'arrêtée' }[report.status];
  const lines = [``, `Exécution ${report.runId} ${status} en ${formatDuration(report.durationMs)}.`];
  for (const s of report.steps) {
    const mark = s.status === 'echec' ? '✗' : s.status === 'ignoree' ? '–' : '✓';
    const rows = s.rows === null ? '' : ` [${formatNumber(s.rows)}]`;
    lines.push(`  ${mark} ${stepLabels[s.step]} (${formatDuration(s.durationMs)})${rows} : ${s.message}`);
  }
  // The run's message says what stays in place (« la publication précédente (exécution X) reste en place »).
  if (report.status !== 'reussie' && report.error) lines.push(``, report.error);
  return lines.join('\n');
}
