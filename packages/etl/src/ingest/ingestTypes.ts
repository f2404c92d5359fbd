/** Status of a file in the ledger (`deja_charge`: already in the ledger, left untouched by this run). */
export type FileStatus = 'charge' | 'charge_avec_rejets' | 'rejete' | 'ignore' | 'doublon' | 'deja_charge';

export interface IngestProgressEvent {
  file: string;
  source: string | null;
  status: string;
  rowsRead: number;
  rowsRejected: number;
  /** The file's French message (why it was rejected, what to do), as in the ledger (not `message`: a log line's own field). */
  detail: string | null;
}

export interface IngestOptions {
  /** The inbox folder; files are identified by their path relative to it. */
  inbox: string;
  runId: string;
  /** Arrival time recorded for new files (default: now). */
  now?: Date;
  onProgress?: (event: IngestProgressEvent) => void;
  /** Time allowed to read a workbook of this size before it is rejected (default: a minute plus 10 s per megabyte). */
  workbookDeadlineMs?: (sizeBytes: number) => number;
}

export interface IngestFileSummary {
  path: string;
  source: string | null;
  status: string;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  message: string | null;
}

export interface IngestSummary {
  files: IngestFileSummary[];
  /** New files of this run only (not `deja_charge` ones), per source. */
  bySource: Record<string, { files: number; rowsLoaded: number; rowsRejected: number }>;
}
