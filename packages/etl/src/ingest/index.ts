export { ingestInbox } from './ingestInbox.js';
export type { IngestOptions, IngestSummary, IngestFileSummary, IngestProgressEvent, FileStatus } from './ingestTypes.js';
export { writeRejects } from './writeRejects.js';
