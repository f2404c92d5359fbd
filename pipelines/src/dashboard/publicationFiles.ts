import { PUBLICATION_TABLES } from '@vigie/indicators';

/** The files of the publication folder the dashboard reads: every file the publish step writes. */
export const PUBLICATION_FILES: readonly string[] = PUBLICATION_TABLES.map((t) => t.file);
