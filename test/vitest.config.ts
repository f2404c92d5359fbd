import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'e2e',
    include: ['**/*.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 900_000,
    fileParallelism: false,
    // `vigie` compiled once for the session (support/buildVigieBundle.ts).
    globalSetup: ['./support/e2eGlobalSetup.ts'],
  },
});
