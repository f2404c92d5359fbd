import { defineProject } from 'vitest/config';

/**
 * isolate: false — the files of this project share one module graph per worker instead of loading
 * @vigie/core, DuckDB's bindings and the sources again for each file (audited: no vi.mock; the
 * tests that set an environment variable or fake the clock put it back). The root config says
 * what it saves.
 */
export default defineProject({
  test: { name: 'etl', isolate: false, include: ['src/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
