import { defineProject } from 'vitest/config';

/**
 * isolate: false — the files of this project share one module graph per worker instead of loading
 * @vigie/etl, the definitions and the secrecy modules again for each file. The one vi.mock
 * (publish/applySecrecyLeak.test.ts) imports the publication anew after vi.resetModules, so its
 * mock applies whatever file the worker ran before. The root config says what it saves.
 */
export default defineProject({
  test: { name: 'indicators', isolate: false, include: ['src/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
