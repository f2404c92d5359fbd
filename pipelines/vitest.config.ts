import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'pipelines', include: ['src/**/*.test.ts', 'definitions/**/*.test.ts'] },
});
