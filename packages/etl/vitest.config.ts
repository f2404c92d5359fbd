import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'etl', include: ['src/**/*.test.ts'] },
});
