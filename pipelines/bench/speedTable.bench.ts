/**
 * `npm run bench` (root): issue #14's figures in one French table, Vigie and its reference
 * measured side by side in the same run, each as a child process (wall time, CPU time and peak
 * resident memory read from /proc):
 *   - `vigie run --sans-tableau-de-bord` on the demo at a scale of about 2 million acts (plus every
 *     other extract) against a bare DuckDB script on the same acts (bareActesScript.ts);
 *   - adding the last week's files to a warehouse holding every earlier week, against the full run;
 *   - the dashboard of the full run's publication: its build, its size, each page's time to ready in
 *     Chromium (siteBench.ts); `npm test` with VIGIE_BENCH_NPM_TEST=1 (npmTestBench.ts).
 * VIGIE_BENCH_ECHELLE (défaut 49 ≈ 2 millions d'actes ; 245 ≈ 10 millions), VIGIE_BENCH_INBOX (un
 * inbox de démonstration déjà écrit, jusqu'au 22/11/2026), VIGIE_MEMOIRE (limite de DuckDB).
 * A timing is never a test; this is not one.
 */
import { createReadStream, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDuration, formatNumber } from '@vigie/core';
import { openWarehouse } from '@vigie/etl';
import { formatBenchTable, type BenchRow } from './formatBenchTable.js';
import { measureChild, type ChildMeasure } from './measureChild.js';
import { benchNpmTest } from './npmTestBench.js';
import { benchSite } from './siteBench.js';
import { addFiles, splitLastWeek } from './splitLastWeek.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VIGIE = join(ROOT, 'bin', 'vigie.js');
const UNTIL = '2026-11-22';
/** The week added: an ordinary week (acts, days), not the month's end when the snapshots come (they recompute everything). */
const WEEK_BEFORE = '2026-11-08';
const WEEK_ADDED = '2026-11-15';
const SCALE = Number(process.env['VIGIE_BENCH_ECHELLE'] ?? 49);
const GB = 1024 ** 3;

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function checked(label: string, run: Promise<ChildMeasure>): Promise<ChildMeasure> {
  const m = await run;
  say(`  ${label} : ${formatDuration(m.wallMs)} (CPU ${formatDuration(m.cpuMs)}, pointe ${formatNumber(m.peakRssBytes / GB, 2)} Go)`);
  if (m.exitCode !== 0) throw new Error(`${label} : code de sortie ${m.exitCode} (0 attendu). Fin de sa sortie :\n${m.tail}`);
  return m;
}

/** VIGIE_BENCH_SANS_PUBLICATION=1: the pipeline without its publication (runSteps.ts), said in the table. */
const WITHOUT_PUBLISH = process.env['VIGIE_BENCH_SANS_PUBLICATION'] === '1';

function vigieRun(inbox: string, warehouse: string, until = UNTIL): Promise<ChildMeasure> {
  if (WITHOUT_PUBLISH) {
    return measureChild(process.execPath, ['--import', 'tsx', join(ROOT, 'pipelines', 'bench', 'runSteps.ts'), inbox, warehouse, until], { cwd: ROOT });
  }
  return measureChild(process.execPath, [VIGIE, 'run', '--sans-tableau-de-bord', '--inbox', inbox, '--warehouse', warehouse, '--jusqu-au', until, '--publier'], { cwd: ROOT });
}

async function countLines(dir: string, prefix: string): Promise<number> {
  let lines = 0;
  for (const name of readdirSync(dir).filter((n) => n.startsWith(prefix))) {
    for await (const chunk of createReadStream(join(dir, name)) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    }
    lines--; // header
  }
  return lines;
}

/** Each step of the last run: its duration (run ledger), and from the child's samples its CPU time and peak resident memory. */
async function stepTimes(warehouse: string, run: ChildMeasure): Promise<string> {
  const wh = await openWarehouse(warehouse, { readOnly: true });
  try {
    const steps = await wh.all<{ step: string; started: number; ended: number }>(
      `SELECT step, epoch_ms(started_at) AS started, epoch_ms(ended_at) AS ended FROM ledger.run_steps
       WHERE run_id = (SELECT run_id FROM ledger.runs ORDER BY started_at DESC LIMIT 1) ORDER BY started_at`,
    );
    return steps.map((s) => {
      const inStep = run.timeline.filter((x) => x.at >= s.started && x.at <= s.ended);
      const first = inStep[0];
      const last = inStep[inStep.length - 1];
      if (!first || !last || inStep.length < 2) return `${s.step} ${formatDuration(s.ended - s.started)}`;
      const peak = Math.max(...inStep.map((x) => x.rssBytes));
      return `${s.step} ${formatDuration(s.ended - s.started)} (CPU ${formatDuration(last.cpuMs - first.cpuMs)}, pointe ${formatNumber(peak / GB, 2)} Go)`;
    }).join(', ');
  } finally {
    wh.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-vitesse-'));
try {
  let inbox = process.env['VIGIE_BENCH_INBOX'];
  if (!inbox) {
    inbox = join(dir, 'inbox');
    say(`Démo à l'échelle ${SCALE} jusqu'au 22/11/2026 dans ${inbox}…`);
    await checked('démo', measureChild(process.execPath, [VIGIE, 'demo', '--scale', String(SCALE), '--out', inbox, '--jusqu-au', UNTIL], { cwd: ROOT }));
  }
  const actes = await countLines(join(inbox, 'cnam'), 'actes_');
  say(`${formatNumber(actes)} actes dans ${inbox}`);

  say('Exécution complète et script DuckDB nu…');
  const full = await checked('vigie run complet', vigieRun(inbox, join(dir, 'complet', 'warehouse.duckdb')));
  const fullSteps = await stepTimes(join(dir, 'complet', 'warehouse.duckdb'), full);
  const bare = await checked('script DuckDB nu', measureChild(process.execPath, ['--import', 'tsx', join(ROOT, 'pipelines', 'bench', 'bareActesScript.ts'), inbox, join(dir, 'nu.duckdb')], { cwd: ROOT }));

  say('Ajout d’une semaine…');
  const weekly = join(dir, 'hebdo');
  const split = splitLastWeek(inbox, WEEK_ADDED, join(weekly, 'inbox'), join(weekly, 'semaine'), UNTIL);
  await checked(`vigie run jusqu'au ${WEEK_BEFORE}`, vigieRun(join(weekly, 'inbox'), join(weekly, 'warehouse.duckdb'), WEEK_BEFORE));
  addFiles(join(weekly, 'semaine'), join(weekly, 'inbox'));
  const week = await checked(`vigie run avec les ${split.week.length} fichiers de la semaine`, vigieRun(join(weekly, 'inbox'), join(weekly, 'warehouse.duckdb'), WEEK_ADDED));
  const weekSteps = await stepTimes(join(weekly, 'warehouse.duckdb'), week);

  const site = await benchSite(join(dir, 'complet', 'warehouse.duckdb'), say);
  const actesLabel = `${formatNumber(actes / 1e6, 1)} million${actes >= 2e6 ? 's' : ''} d'actes`;
  const rows: BenchRow[] = [
    { what: `${WITHOUT_PUBLISH ? 'pipeline hebdomadaire sans publication ni site (ingest, model, freshness, compute)' : '`vigie run --sans-tableau-de-bord`'}, ${actesLabel} et tous les autres extraits : durée`, vigie: full.wallMs, reference: bare.wallMs, unit: 'ms', target: { ratioAtMost: 1.5 }, referenceLabel: 'script DuckDB nu : charger, dédoublonner, agréger zone × semaine' },
    { what: 'même exécution : temps CPU (plus stable sur une machine partagée)', vigie: full.cpuMs, reference: bare.cpuMs, unit: 'ms', target: { ratioAtMost: 1.5 } },
    { what: 'même exécution : mémoire de pointe (RSS)', vigie: full.peakRssBytes, reference: bare.peakRssBytes, unit: 'octets', target: { vigieAtMost: (actes > 5e6 ? 4 : 2) * GB } },
    { what: `ajout d'une semaine ordinaire (${split.week.length} fichiers : actes, journées) à un entrepôt qui tient les semaines d'avant : durée`, vigie: week.wallMs, reference: full.wallMs, unit: 'ms', target: { ratioAtMost: 0.15, site: true }, referenceLabel: 'exécution complète de la ligne 1 (une semaine de plus)' },
    { what: "ajout d'une semaine : temps CPU", vigie: week.cpuMs, reference: full.cpuMs, unit: 'ms', target: { ratioAtMost: 0.15, site: true } },
    {
      what: "ajout d'une semaine, site compris (l'exécution, puis le rafraîchissement du site ci-dessous) : temps CPU",
      vigie: week.cpuMs + site.refresh.cpuMs,
      reference: full.cpuMs + site.build.cpuMs,
      unit: 'ms',
      target: { ratioAtMost: 0.15 },
      referenceLabel: 'exécution complète et construction complète du site',
    },
    ...site.rows,
    await benchNpmTest(say),
  ];
  process.stdout.write(`\n${formatBenchTable(rows)}\n`);
  process.stdout.write(`\nDétail par étape (durée, CPU et pointe de mémoire échantillonnés toutes les 100 ms), exécution complète : ${fullSteps}.\n`);
  process.stdout.write(`Détail par étape, ajout d'une semaine : ${weekSteps}.\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
