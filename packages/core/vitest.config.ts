import { defineProject } from 'vitest/config';

/**
 * isolate: false — the files of this project share one module graph per worker instead of loading
 * every module again for each file (no test here mocks a module, stubs a global or keeps state
 * between files; the root config says why this matters for `npm test`).
 */
export default defineProject({
  test: { name: 'core', isolate: false, include: ['src/**/*.test.ts'] },
});
