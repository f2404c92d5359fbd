import type { Warehouse } from '@vigie/etl';

export interface LedgerFileRow {
  /** SHA-256 of the bytes (any distinct text in tests); a `doublon` repeats the file_id of the file first loaded. */
  fileId: string;
  path: string;
  sourceId: string;
  extractDate: string;
  /** Région code of an ARS file. */
  scope?: string;
  status: 'charge' | 'charge_avec_rejets' | 'rejete' | 'doublon';
  rowsRead?: number;
  rowsLoaded?: number;
  arrivedAt?: string;
}

/** One row of ledger.files, as the ingestion writes it (rows_rejected = rows_read − rows_loaded). */
export async function insertLedgerFile(wh: Warehouse, f: LedgerFileRow): Promise<void> {
  const rowsRead = f.rowsRead ?? 0;
  const rowsLoaded = f.rowsLoaded ?? rowsRead;
  await wh.run(
    `INSERT INTO ledger.files (file_id, path, source_id, size_bytes, extract_date, scope, arrived_at, rows_read, rows_loaded, rows_rejected, status, run_id)
     VALUES ($fileId, $path, $sourceId, 100, $extractDate::DATE, $scope::VARCHAR, $arrivedAt::TIMESTAMP, $rowsRead, $rowsLoaded, $rowsRejected, $status, 'run-0')`,
    {
      fileId: f.fileId,
      path: f.path,
      sourceId: f.sourceId,
      extractDate: f.extractDate,
      scope: f.scope ?? null,
      arrivedAt: f.arrivedAt ?? `${f.extractDate} 08:00:00`,
      rowsRead,
      rowsLoaded,
      rowsRejected: rowsRead - rowsLoaded,
      status: f.status,
    },
  );
}
