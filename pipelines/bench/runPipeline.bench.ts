/**
 * Benchmark of the whole weekly pipeline on demo data: `npm run bench` (root) or
 * `npx tsx pipelines/bench/runPipeline.bench.ts [échelle…]`. Prints the time of each step at
 * each scale; never part of the tests.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDuration, formatNumber } from '@vigie/core';
import { writeDemoInbox } from '@vigie/etl';
import { hebdomadaire } from '../definitions/hebdomadaire.js';
import { createLogger } from '../src/log/logger.js';
import { runPipeline } from '../src/runner/runPipeline.js';

const scales = process.argv.slice(2).map(Number).filter((n) => n > 0);
const UNTIL = '2026-11-22';

for (const scale of scales.length ? scales : [1, 5]) {
  const dir = mkdtempSync(join(tmpdir(), `vigie-bench-${scale}-`));
  const t0 = performance.now();
  const demo = await writeDemoInbox({ out: join(dir, 'inbox'), scale, until: UNTIL });
  const demoMs = performance.now() - t0;
  const rows = demo.files.reduce((n, f) => n + f.rows, 0);
  const actes = demo.files.filter((f) => f.source === 'cnam.actes').reduce((n, f) => n + f.rows, 0);
  const paths = { inbox: join(dir, 'inbox'), warehouse: join(dir, 'warehouse.duckdb'), publicationDir: join(dir, 'publication') };
  const first = await runPipeline({ pipeline: hebdomadaire, paths, trigger: 'commande', log: createLogger({ write: () => undefined }), dashboard: false });
  const again = await runPipeline({ pipeline: hebdomadaire, paths, trigger: 'commande', log: createLogger({ write: () => undefined }), dashboard: false });
  console.log(`\nÉchelle ${scale} : ${demo.files.length} fichiers, ${formatNumber(rows)} lignes dont ${formatNumber(actes)} actes (démo écrite en ${formatDuration(demoMs)})`);
  console.log(`  première exécution : ${formatDuration(first.durationMs)} (${first.status})`);
  for (const s of first.steps) console.log(`    ${s.step.padEnd(10)} ${formatDuration(s.durationMs).padStart(10)}  ${s.rows === null ? '' : formatNumber(s.rows)}`);
  console.log(`  seconde exécution, même inbox : ${formatDuration(again.durationMs)}`);
  console.log(`  entrepôt : ${formatNumber(statSync(paths.warehouse).size / 1e6, 1)} Mo`);
  rmSync(dir, { recursive: true, force: true });
}
