/**
 * Where the publish step's secrecy time goes, on a computed warehouse file (`vigie demo` → `vigie run`):
 * loading the cells, each masking round (closure, audit, choice of secondary masks), writing the
 * decisions back, the final audit. With --cellules FILE, also writes the loaded cells as JSON so that
 * `maskCells` can be profiled alone (secrecyMaskProfile.ts). Kept beside the tests, never inside them.
 * Run: npx tsx packages/indicators/bench/secrecyProfile.ts ENTREPOT.duckdb [--cellules cells.json]
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWarehouse } from '@vigie/etl';
import { createPreparedTables } from '../src/compute/createPreparedTables.js';
import { indicators } from '../src/definitions/indicators.js';
import { applySecrecy } from '../src/publish/applySecrecy.js';

const file = process.argv[2];
if (!file) throw new Error('Usage : npx tsx packages/indicators/bench/secrecyProfile.ts ENTREPOT.duckdb [--cellules FICHIER.json]');
const cellsOut = process.argv.includes('--cellules') ? process.argv[process.argv.indexOf('--cellules') + 1] : undefined;
const dir = mkdtempSync(join(tmpdir(), 'vigie-secrecy-profile-'));
const copy = join(dir, 'w.duckdb');
copyFileSync(file, copy);
const wh = await openWarehouse(copy);
try {
  const run = await wh.one<{ run_id: string; as_of: string }>(
    `SELECT run_id, max(period_end) FILTER (WHERE period_type = 'semaine')::VARCHAR AS as_of FROM indicators."values" GROUP BY run_id ORDER BY as_of DESC, run_id DESC LIMIT 1`,
  );
  if (!run) throw new Error('Aucune valeur calculée dans l’entrepôt.');
  await createPreparedTables(wh, run.as_of);
  const start = performance.now();
  const outcome = await applySecrecy(wh, run.run_id, indicators, {
    onPhase: (phase, ms) => console.log(`${phase} : ${(ms / 1000).toFixed(2)} s`),
    onCells: cellsOut ? (cells) => writeFileSync(cellsOut, JSON.stringify({ ...cells, zoneAncestors: [...cells.zoneAncestors] })) : undefined,
  });
  const total = await wh.one<{ rows: number; masked: number }>(`SELECT count(*) AS rows, count(*) FILTER (WHERE masked) AS masked FROM secrecy_work`);
  const subject = indicators.filter((d) => d.secrecy.numerator || d.secrecy.denominator).map((d) => `'${d.id}'`).join(', ');
  const share = await wh.one<{ rows: number; masked: number; primary: number }>(
    `SELECT count(*) AS rows, count(*) FILTER (WHERE masked) AS masked, count(*) FILTER (WHERE secrecy_reason = 'primaire') AS primary
     FROM secrecy_work WHERE indicator_id IN (${subject})`,
  );
  console.log(`secret statistique, total : ${((performance.now() - start) / 1000).toFixed(1)} s, ${outcome.rounds} tours ; ` +
    `${total?.masked} valeurs masquées sur ${total?.rows} ; soumises au secret : ${share?.masked} masquées sur ${share?.rows} ` +
    `(${((100 * (share?.masked ?? 0)) / (share?.rows ?? 1)).toFixed(2)} %, dont primaires ${share?.primary})`);
} finally {
  wh.close();
  rmSync(dir, { recursive: true, force: true });
}
