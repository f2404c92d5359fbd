import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDuration } from '@vigie/core';
import type { BenchRow } from './formatBenchTable.js';
import { measureChild } from './measureChild.js';

const WHAT = '`npm test` (types, tests unitaires, bout en bout et navigateur) : durée';
/** The last figure measured, and where: quoted when this bench does not run the suite. */
const LAST_MEASURED = '7 min 33 s pour `.ci/run` entier d’un clone neuf (`npm ci` compris, `npm test` 7 min 22 s environ ; 8 min 00 s à 8 min 24 s ce matin avant `isolate: false`), 30/11/2026, README « Tests et mesures »';

/**
 * `npm test` as a child process (wall and CPU time, its children included) when
 * VIGIE_BENCH_NPM_TEST=1: about ten minutes more on this machine. Otherwise the row says it was not
 * run and quotes the last figure and its source.
 */
export async function benchNpmTest(say: (line: string) => void): Promise<BenchRow> {
  if (process.env['VIGIE_BENCH_NPM_TEST'] !== '1') return { what: WHAT, unmeasured: `non mesuré ici (VIGIE_BENCH_NPM_TEST=1 le lance) ; dernière mesure : ${LAST_MEASURED}` };
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  say('npm test…');
  const run = await measureChild('npm', ['test'], { cwd: root });
  say(`  npm test : ${formatDuration(run.wallMs)} (CPU ${formatDuration(run.cpuMs)}), code ${run.exitCode}`);
  if (run.exitCode !== 0) throw new Error(`npm test : code de sortie ${run.exitCode} (0 attendu). Fin de sa sortie :\n${run.tail}`);
  return { what: WHAT, vigie: run.wallMs, unit: 'ms', target: { vigieAtMost: 8 * 60_000 } };
}
