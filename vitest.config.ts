import { defineConfig } from 'vitest/config';

/** All test projects: `npx vitest run --project core|etl|indicators|pipelines|e2e`. */
export default defineConfig({
  test: {
    projects: ['packages/core', 'packages/etl', 'packages/indicators', 'pipelines', 'test'],
  },
});
