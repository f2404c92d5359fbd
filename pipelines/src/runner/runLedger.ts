import type { Warehouse } from '@vigie/etl';

/** The run ledger: ledger.runs and ledger.run_steps (DDL in @vigie/etl ensureSchemas). */
export function newRunId(pipeline: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '').replace('T', '-');
  const random = Math.floor(Math.random() * 0xffff).toString(16).padStart(4, '0');
  return `${stamp}-${pipeline}-${random}`;
}

export async function markInterruptedRuns(wh: Warehouse): Promise<number> {
  const rows = await wh.all<{ run_id: string }>(`SELECT run_id FROM ledger.runs WHERE status = 'en_cours'`);
  if (rows.length === 0) return 0;
  const message = "Exécution interrompue (processus arrêté) : rien n'a été publié ; la suivante a repris.";
  await wh.run(`UPDATE ledger.run_steps SET status = 'interrompue', message = $message WHERE status = 'en_cours'`, { message });
  await wh.run(`UPDATE ledger.runs SET status = 'interrompue', message = $message WHERE status = 'en_cours'`, { message });
  return rows.length;
}

export async function recordRunStart(
  wh: Warehouse,
  run: { runId: string; pipeline: string; trigger: string; asOf: string | null },
): Promise<void> {
  await wh.run(
    `INSERT INTO ledger.runs (run_id, pipeline, trigger, started_at, status, as_of)
     VALUES ($runId, $pipeline, $trigger, timezone('UTC', now()), 'en_cours', $asOf::DATE)`,
    { runId: run.runId, pipeline: run.pipeline, trigger: run.trigger, asOf: run.asOf },
  );
}

export async function recordRunEnd(wh: Warehouse, runId: string, status: 'reussie' | 'echec', message: string | null): Promise<void> {
  await wh.run(
    `UPDATE ledger.runs SET ended_at = timezone('UTC', now()), status = $status, message = $message WHERE run_id = $runId`,
    { runId, status, message },
  );
}

export async function recordStepStart(wh: Warehouse, runId: string, step: string): Promise<void> {
  await wh.run(
    `INSERT INTO ledger.run_steps (run_id, step, started_at, status) VALUES ($runId, $step, timezone('UTC', now()), 'en_cours')`,
    { runId, step },
  );
}

export async function recordStepEnd(
  wh: Warehouse,
  runId: string,
  step: string,
  result: { status: 'reussie' | 'echec'; rows: number | null; message: string | null },
): Promise<void> {
  await wh.run(
    `UPDATE ledger.run_steps SET ended_at = timezone('UTC', now()), status = $status, rows = $rows, message = $message
     WHERE run_id = $runId AND step = $step AND status = 'en_cours'`,
    { runId, step, status: result.status, rows: result.rows, message: result.message },
  );
}
