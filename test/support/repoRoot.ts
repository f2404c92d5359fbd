import { resolve } from 'node:path';

/** The repository's root folder (the tests' working directory for `vigie`). */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');
