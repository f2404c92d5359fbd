import type { Warehouse } from '../warehouse/index.js';
import type { IngestFileSummary } from './ingestTypes.js';
import type { FilePlan } from './prepareFile.js';
import { sqlString } from '@vigie/core';

const text = (v: string | null | undefined) => (v === null || v === undefined ? 'NULL' : sqlString(v));

/**
 * The ledger lines of a run (ledger.files, and ledger.rejects for files rejected whole), collected
 * file by file and written in one statement each, inside the ingest's transaction.
 */
export class LedgerBatch {
  private readonly files: string[] = [];
  private readonly rejects: string[] = [];
  private readonly replaced: string[] = [];

  constructor(private readonly run: { runId: string; arrivedAt: string }) {}

  /** Records a file's outcome (nothing for a file already in the ledger) and returns its summary. */
  add(plan: FilePlan, summary: IngestFileSummary): IngestFileSummary {
    if (summary.status === 'deja_charge') return summary;
    if (plan.replaceIgnored) this.replaced.push(`(file_id = ${text(plan.fileId)} AND path = ${text(plan.path)})`);
    if (summary.status === 'rejete') {
      this.rejects.push(
        `(${text(plan.fileId)}, ${text(plan.path)}, ${text(summary.source)}, NULL, NULL, NULL, ${text(`fichier rejeté en entier : ${summary.message}`)}, ${text(this.run.runId)})`,
      );
    }
    this.files.push(
      `(${text(plan.fileId)}, ${text(plan.path)}, ${text(summary.source)}, ${plan.size}, ${plan.extractDate ? `DATE '${plan.extractDate}'` : 'NULL'}, ` +
        `${text(plan.match?.scope)}, TIMESTAMP '${this.run.arrivedAt}', ${summary.rowsRead}, ${summary.rowsLoaded}, ${summary.rowsRejected}, ` +
        `${text(summary.status)}, ${text(summary.message)}, ${text(this.run.runId)})`,
    );
    return summary;
  }

  async flush(wh: Warehouse): Promise<void> {
    if (this.replaced.length > 0) await wh.run(`DELETE FROM ledger.files WHERE ${this.replaced.join(' OR ')}`);
    if (this.rejects.length > 0) {
      await wh.run(`INSERT INTO ledger.rejects (file_id, path, source_id, line, column_name, value, message, run_id) VALUES ${this.rejects.join(',\n')}`);
    }
    if (this.files.length > 0) {
      await wh.run(
        `INSERT INTO ledger.files (file_id, path, source_id, size_bytes, extract_date, scope, arrived_at,
           rows_read, rows_loaded, rows_rejected, status, message, run_id) VALUES ${this.files.join(',\n')}`,
      );
    }
    this.files.length = this.rejects.length = this.replaced.length = 0;
  }
}

/** The summary of a file that is not loaded (ignored, duplicate, rejected whole, already seen). */
export function unloadedSummary(plan: FilePlan, kind: Exclude<FilePlan['kind'], 'staged'>, message = plan.message, rowsRead = plan.rowsRead): IngestFileSummary {
  const rows = kind === 'rejete' ? rowsRead : 0;
  return { path: plan.path, source: plan.match?.source.id ?? null, status: kind, rowsRead: rows, rowsLoaded: 0, rowsRejected: rows, message };
}
