import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'etl', root: './packages/etl', include: ['src/**/*.test.ts'] } },
      { test: { name: 'indicators', root: './packages/indicators', include: ['src/**/*.test.ts'] } },
      { test: { name: 'pipelines', root: './pipelines', include: ['src/**/*.test.ts', 'definitions/**/*.test.ts'] } },
      {
        test: {
          name: 'e2e',
          root: './test',
          include: ['**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
