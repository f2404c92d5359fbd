import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildVigieBundle } from './buildVigieBundle.js';
import { REPO_ROOT } from './repoRoot.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** bin/vigie.js compiled for this session (buildVigieBundle.ts); runVigie and spawnVigie start it. */
    vigieEntry: string;
  }
}

/**
 * Once per e2e session: the `vigie` command compiled from the current sources. It lives under
 * node_modules/.cache (inside the repository, so that its npm imports resolve) and goes at the end.
 */
export async function setup(project: TestProject): Promise<() => void> {
  const parent = join(REPO_ROOT, 'node_modules', '.cache');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'vigie-e2e-'));
  project.provide('vigieEntry', await buildVigieBundle(dir));
  return () => rmSync(dir, { recursive: true, force: true });
}
