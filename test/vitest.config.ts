import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'e2e',
    include: ['**/*.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 900_000,
    // Files run in parallel with each other and with the packages' unit tests, in the one pool of
    // the root config (two workers): each file works in its own temporary folders.
    fileParallelism: true,
    // The files share one module graph per worker (the support modules, @vigie/etl for the demo
    // inboxes and the oracle, playwright) instead of loading it again for each file: none mocks a
    // module, stubs a global or sets an environment variable (each `vigie` gets its own in its
    // child process), and each works in its own temporary folders.
    isolate: false,
    // `vigie` compiled once for the session (support/buildVigieBundle.ts).
    globalSetup: ['./support/e2eGlobalSetup.ts'],
  },
});
