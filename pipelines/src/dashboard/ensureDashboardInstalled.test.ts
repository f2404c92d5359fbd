import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireFileLock } from '@vigie/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DASHBOARD_APP_DIR } from './dashboardPaths.js';
import { ensureDashboardInstalled } from './ensureDashboardInstalled.js';

describe('ensureDashboardInstalled', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-install-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('le fichier de verrouillage validé est accepté tel quel par npm ci (sans le réécrire)', () => {
    // `npm ci --dry-run` checks package.json against the lock as `npm ci` does, installs nothing.
    for (const name of ['package.json', 'package-lock.json']) copyFileSync(join(DASHBOARD_APP_DIR, name), join(dir, name));
    const lock = readFileSync(join(dir, 'package-lock.json'), 'utf8');
    execFileSync('npm', ['ci', '--dry-run', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'pipe' });
    expect(readFileSync(join(dir, 'package-lock.json'), 'utf8')).toBe(lock);
  });

  it('un verrouillage refusé par npm ci : erreur qui dit comment le régénérer, fichier laissé intact', async () => {
    // A local dependency missing from the lock: npm ci refuses it without reaching the registry.
    mkdirSync(join(dir, 'locale'));
    writeFileSync(join(dir, 'locale', 'package.json'), JSON.stringify({ name: 'locale', version: '1.0.0' }));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { locale: 'file:./locale' } }));
    const lock = JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'app', version: '1.0.0' } } }, null, 2);
    writeFileSync(join(dir, 'package-lock.json'), lock);
    await expect(ensureDashboardInstalled(dir, () => undefined)).rejects.toThrow(/npm ci refuse .*package-lock\.json.*--package-lock-only/s);
    expect(readFileSync(join(dir, 'package-lock.json'), 'utf8')).toBe(lock);
  });

  it('une installation déjà en cours : attend sa fin et ne relance pas npm ci', async () => {
    // No package.json here: an `npm ci` started by the second caller would fail.
    const lock = await acquireFileLock(join(dir, '.evidence', 'vigie-install.lock'), { command: 'autre installation' });
    const lines: string[] = [];
    const second = ensureDashboardInstalled(dir, (line) => lines.push(line));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(lines.join('\n')).toMatch(/en cours d’installation par le processus \d+ : attente/);
    // The first installer finishes: the app and its patched client are there.
    const cli = join(dir, 'node_modules/@evidence-dev/evidence/cli.js');
    const client = join(dir, 'node_modules/@evidence-dev/universal-sql/src/client-duckdb/browser.js');
    for (const file of [cli, client]) {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, '// installé\n');
    }
    lock.release();
    await expect(second).resolves.toBeUndefined();
    expect(lines.join('\n')).not.toMatch(/npm ci/);
  });
});
