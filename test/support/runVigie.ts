import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';
import { REPO_ROOT } from './repoRoot.js';

export { REPO_ROOT };

export interface VigieResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * How a test starts `vigie`: the command compiled for this session by the e2e global setup
 * (buildVigieBundle.ts: the same sources, without tsx's start-up), else bin/vigie.js.
 */
export function vigieCommand(): string[] {
  const compiled = inject('vigieEntry') as string | undefined;
  return compiled ? ['--enable-source-maps', compiled] : [join(REPO_ROOT, 'bin/vigie.js')];
}

/** Runs the real `vigie` command as a user would, in a child process. */
export function runVigie(args: string[], env: Record<string, string> = {}): VigieResult {
  const result = spawnSync(process.execPath, [...vigieCommand(), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, CI: 'true' },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Same, and fails the test with the command's output when it does not exit 0. */
export function runVigieOk(args: string[], env: Record<string, string> = {}): VigieResult {
  const result = runVigie(args, env);
  if (result.status !== 0) {
    throw new Error(`vigie ${args.join(' ')} a échoué (code ${result.status})\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}
