import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildVigieBundle } from './buildVigieBundle.js';
import { REPO_ROOT } from './repoRoot.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** bin/vigie.js compiled for this session (buildVigieBundle.ts); runVigie and spawnVigie start it. */
    vigieEntry: string;
    /** Where demoInbox.ts keeps each demo inbox it generated this session, to copy from. */
    demoCache: string;
  }
}

/**
 * Once per e2e session: the `vigie` command compiled from the current sources (under
 * node_modules/.cache, inside the repository, so that its npm imports resolve) and an empty
 * folder for the demo inboxes; both go at the end.
 */
export async function setup(project: TestProject): Promise<() => void> {
  const parent = join(REPO_ROOT, 'node_modules', '.cache');
  mkdirSync(parent, { recursive: true });
  const bundle = mkdtempSync(join(parent, 'vigie-e2e-'));
  const demoCache = mkdtempSync(join(tmpdir(), 'vigie-e2e-demos-'));
  project.provide('vigieEntry', await buildVigieBundle(bundle));
  project.provide('demoCache', demoCache);
  return () => {
    rmSync(bundle, { recursive: true, force: true });
    rmSync(demoCache, { recursive: true, force: true });
  };
}
