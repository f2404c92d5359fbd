// A stand-in for `evidence sources` + `evidence build` (VIGIE_DASHBOARD_BUILD_CMD), for tests of
// the staging and swap of the publication and the site without Evidence (several minutes).
// Reads VIGIE_PUBLICATION_DIR, writes the site into VIGIE_SITE_DIR: the publication's Parquet
// files under data/, then index.html naming them. FAKE_BUILD_MODE: `ok` (default), `fail` (half
// the site, then exit 1), `hang` (half the site, then prints its pid and waits to be killed).
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const publication = process.env.VIGIE_PUBLICATION_DIR;
const site = process.env.VIGIE_SITE_DIR;
const mode = process.env.FAKE_BUILD_MODE ?? 'ok';
if (!publication || !site) {
  console.error('VIGIE_PUBLICATION_DIR et VIGIE_SITE_DIR attendus.');
  process.exit(2);
}
const files = readdirSync(publication).filter((name) => name.endsWith('.parquet')).sort();
mkdirSync(join(site, 'data'), { recursive: true });
const half = mode === 'ok' ? files.length : Math.ceil(files.length / 2);
for (const name of files.slice(0, half)) copyFileSync(join(publication, name), join(site, 'data', name));
console.log(`construction factice : ${half} fichier(s) sur ${files.length} copiés`);
if (mode === 'hang') {
  console.log(`construction factice à moitié, processus ${process.pid} en attente`);
  setInterval(() => undefined, 60_000);
} else if (mode === 'fail') {
  console.error('construction factice en échec');
  process.exit(1);
} else {
  const digest = (name) => createHash('sha256').update(readFileSync(join(publication, name))).digest('hex');
  const items = files.map((name) => `<li>${name} ${digest(name)}</li>`).join('');
  writeFileSync(join(site, 'index.html'), `<!doctype html><title>Vigie</title><ul>${items}</ul>\n`);
}
