import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'e2e',
    include: ['**/*.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 900_000,
    // Two files at a time (this machine has two cores): each file works in its own temporary
    // folders, and a `vigie` run leaves a core idle while its JavaScript runs.
    fileParallelism: true,
    maxWorkers: 2,
    // `vigie` compiled once for the session (support/buildVigieBundle.ts).
    globalSetup: ['./support/e2eGlobalSetup.ts'],
  },
});
