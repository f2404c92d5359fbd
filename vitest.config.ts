import { defineConfig } from 'vitest/config';

/**
 * All test projects: `npx vitest run --project core|etl|indicators|pipelines|e2e`; `npm test`
 * runs them all in this one session.
 *
 * One pool of two workers for every project (this machine has two cores): the unit test files of
 * the packages fill the gaps between the long end-to-end files instead of running in a step of
 * their own before them. Files start in the sequencer's order (by project, then the longest or,
 * with no history, the largest first): the browser test, the longest, starts at once.
 */
export default defineConfig({
  test: {
    projects: ['packages/core', 'packages/etl', 'packages/indicators', 'pipelines', 'test'],
    maxWorkers: 2,
  },
});
