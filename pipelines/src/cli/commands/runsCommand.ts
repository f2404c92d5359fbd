import { formatDuration, formatParisDateTime } from '@vigie/core';
import { resolvePaths } from '../../config/resolvePaths.js';
import type { Command } from '../command.js';
import { parseOptions, parsePositiveNumber } from '../parseOptions.js';
import { withWarehouse } from './openForReading.js';

interface RunRow extends Record<string, unknown> {
  run_id: string;
  pipeline: string;
  trigger: string;
  started_at: string;
  ended_at: string | null;
  status: string;
  as_of: string | null;
  message: string | null;
  duration_ms: number | null;
}
interface StepRow extends Record<string, unknown> {
  run_id: string;
  step: string;
  status: string;
  rows: number | null;
  duration_ms: number | null;
  message: string | null;
}

export const runsCommand: Command = async (args, io) => {
  const { values } = parseOptions('runs', args, { warehouse: { type: 'string' }, limite: { type: 'string' } });
  const limit = Math.floor(parsePositiveNumber('limite', values.limite, 20));
  await withWarehouse(resolvePaths(values).warehouse, async (wh) => {
    const runs = await wh.all<RunRow>(
      `SELECT *, date_diff('millisecond', started_at, ended_at) AS duration_ms FROM ledger.runs ORDER BY started_at DESC LIMIT ${limit}`,
    );
    const steps = await wh.all<StepRow>(
      `SELECT run_id, step, status, rows, message, date_diff('millisecond', started_at, ended_at) AS duration_ms
       FROM ledger.run_steps WHERE run_id IN (SELECT run_id FROM ledger.runs ORDER BY started_at DESC LIMIT ${limit}) ORDER BY started_at`,
    );
    if (runs.length === 0) io.print('Aucune exécution enregistrée.');
    for (const run of runs) {
      const duration = run.duration_ms === null ? 'en cours' : formatDuration(run.duration_ms);
      const asOf = run.as_of ? `, jusqu'au ${run.as_of}` : '';
      io.print(`${run.run_id}  ${run.pipeline} (${run.trigger}${asOf})  ${formatParisDateTime(`${run.started_at}Z`)}  ${run.status}  ${duration}`);
      if (run.message) io.print(`    ${run.message}`);
      for (const s of steps.filter((x) => x.run_id === run.run_id)) {
        const d = s.duration_ms === null ? '' : ` ${formatDuration(s.duration_ms)}`;
        io.print(`    - ${s.step} : ${s.status}${d}${s.rows === null ? '' : `, ${s.rows} lignes`}${s.message ? ` — ${s.message}` : ''}`);
      }
    }
  });
  return 0;
};
