import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Test support: a new temporary folder `vigie-<prefix>-…`, and how to remove it. */
export async function temporaryFolder(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `vigie-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
