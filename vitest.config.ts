import { defineConfig } from 'vitest/config';

/**
 * All test projects: `npx vitest run --project core|etl|indicators|pipelines|e2e`; `npm test`
 * runs them all in this one session.
 *
 * One pool of two workers for every project (this machine has two cores): the unit test files of
 * the packages fill the gaps between the long end-to-end files instead of running in a step of
 * their own before them. Files start in the sequencer's order (by project, then the longest or,
 * with no history, the largest first): the browser test, the longest, starts at once.
 *
 * Every project runs with isolate: false (set in each project's config): a worker keeps its
 * modules from one file of a project to the next instead of loading them again for each of the
 * 150 files. The session is bound by CPU (two workers and the `vigie` processes they start, on
 * two cores): the whole `vitest run` (fresh cache, as in a fresh clone) went from 838 / 775 s
 * to 743 / 642 s of CPU in two alternating pairs on this machine (import summed over the files
 * 177 / 76 s -> 45 / 17 s), same 150 files and 565 tests; 6 min 09 s of wall time on a quiet machine.
 */
export default defineConfig({
  test: {
    projects: ['packages/core', 'packages/etl', 'packages/indicators', 'pipelines', 'test'],
    maxWorkers: 2,
  },
});
