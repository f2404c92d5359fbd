import { defineProject } from 'vitest/config';

/**
 * isolate: false — the files of this project share one module graph per worker instead of loading
 * every package again for each file (audited: no vi.mock; the tests that set an environment
 * variable or fake timers put them back after each test). The root config says what it saves.
 */
export default defineProject({
  test: { name: 'pipelines', isolate: false, include: ['src/**/*.test.ts', 'definitions/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
