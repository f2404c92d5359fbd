import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appFingerprint } from './appFingerprint.js';

describe('appFingerprint', () => {
  let app: string;
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(app, path)), { recursive: true });
    writeFileSync(join(app, path), content);
  };
  beforeEach(() => {
    app = mkdtempSync(join(tmpdir(), 'vigie-fingerprint-'));
    write('pages/index.md', '# Accueil');
    write('partials/chiffres-cles.md', 'chiffres');
    write('sources/vigie/valeurs.sql', 'select 1');
    write('sources/vigie/valeurs.parquet', 'semaine 41');
    write('svelte.config.js', 'export default {}');
    write('patches/@scope+pkg+1.0.0.patch', '--- a/node_modules/@scope/pkg/x.js\n+++ b/node_modules/@scope/pkg/x.js\n');
    write('node_modules/@scope/pkg/x.js', 'patched');
    write('node_modules/@scope/pkg/y.js', 'not patched');
    write('node_modules/.package-lock.json', '{"evidence":"40.1.8"}');
    write('build/index.html', 'site 1');
    write('.evidence/template/static/data/manifest.json', '{}');
  });
  afterEach(() => rmSync(app, { recursive: true, force: true }));

  it('stays the same when only the data, the builds or an unpatched dependency file change', () => {
    const before = appFingerprint(app);
    write('sources/vigie/valeurs.parquet', 'semaine 42');
    write('sources/vigie/territoires.parquet', 'nouvelle table de données');
    write('build/index.html', 'site 2');
    write('.evidence/template/static/data/manifest.json', '{"renderedFiles":{}}');
    write('node_modules/@scope/pkg/y.js', 'changed');
    write('README.md', 'mesures');
    expect(appFingerprint(app)).toBe(before);
  });

  it.each([
    ['a page', 'pages/index.md', '# Accueil modifié'],
    ['a new page', 'pages/nouvelle.md', '# Nouvelle'],
    ['a partial', 'partials/chiffres-cles.md', 'autres chiffres'],
    ['the source SQL', 'sources/vigie/valeurs.sql', 'select 2'],
    ['the configuration', 'svelte.config.js', 'export default { kit: {} }'],
    ['a patch', 'patches/@scope+pkg+1.0.0.patch', '--- a/node_modules/@scope/pkg/x.js\n+++ b/node_modules/@scope/pkg/x.js\n@@\n'],
    ['a patched file as installed', 'node_modules/@scope/pkg/x.js', 'patched otherwise'],
    ['the installed packages (Evidence version, lockfile)', 'node_modules/.package-lock.json', '{"evidence":"40.1.9"}'],
  ])('changes when %s changes', (_what, path, content) => {
    const before = appFingerprint(app);
    write(path, content);
    expect(appFingerprint(app)).not.toBe(before);
  });
});
