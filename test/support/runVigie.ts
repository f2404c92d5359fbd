import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface VigieResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `vigie` command (bin/vigie.js) as a user would, in a child process. */
export function runVigie(args: string[], env: Record<string, string> = {}): VigieResult {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/vigie.js'), ...args], {
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
