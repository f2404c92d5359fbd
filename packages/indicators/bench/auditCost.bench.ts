/**
 * What value-level lineage, the kept definition versions and the archive of input files cost
 * (issue #13, docs/audit.md): time and disk on the demo, and the lineage of 2 million acts.
 * Run: npx tsx packages/indicators/bench/auditCost.bench.ts [ÉCHELLE] [ACTES] [--actes-seulement]
 * (--actes-seulement: no publication, archive nor verification, only the lineage of ACTES acts).
 * Never part of the tests.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel, ingestInbox, openWarehouse, writeDemoInbox } from '@vigie/etl';
import { archiveInputFiles, sha256OfFile } from '../src/audit/archiveInputFiles.js';
import { recordLineage } from '../src/audit/recordLineage.js';
import { verifyPublication } from '../src/audit/verifyPublication.js';
import { createPreparedTables, dropPreparedTables } from '../src/compute/createPreparedTables.js';
import { computeIndicators, indicators, publishIndicators } from '../src/index.js';

const scale = Number(process.argv[2] ?? 1);
const acts = Number(process.argv[3] ?? 2_000_000);
const actsOnly = process.argv.includes('--actes-seulement');
const UNTIL = '2025-12-28';
const dir = mkdtempSync(join(tmpdir(), 'vigie-audit-bench-'));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1).replace('.', ',')} Mo`;
async function time<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`${label} : ${seconds(performance.now() - start)}`);
  return result;
}
function folderBytes(path: string): number {
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

try {
  const inbox = join(dir, 'inbox');
  const demo = await writeDemoInbox({ out: inbox, scale, until: UNTIL });
  console.log(`Démo échelle ${scale} jusqu'au ${UNTIL} : ${demo.files.length} fichiers, ${mb(folderBytes(inbox))}, ` +
    `${demo.files.filter((f) => f.source === 'cnam.actes').reduce((n, f) => n + f.rows, 0)} actes`);
  const wh = await openWarehouse(join(dir, 'warehouse.duckdb'));
  await time('intégration', () => ingestInbox(wh, { inbox, runId: 'bench' }));
  await time('modèle', () => buildModel(wh));
  await time('calcul (versions et lignage compris)', () => computeIndicators(wh, { runId: 'bench' }));
  const asOf = (await wh.one<{ d: string }>(`SELECT max(period_end)::VARCHAR AS d FROM indicators."values" WHERE run_id = 'bench' AND period_type = 'semaine'`))!.d;
  const lineageAlone = async (label: string) =>
    time(label, () => wh.transaction(async () => {
      await createPreparedTables(wh, asOf);
      await recordLineage(wh, 'bench', indicators);
      await dropPreparedTables(wh);
    }));
  await lineageAlone('  dont lignage seul (refait à part)');
  console.log(await wh.all(`SELECT (SELECT count(*) FROM indicators.lineage_files WHERE run_id = 'bench') AS lignes_lignage_fichiers,
    (SELECT count(*) FROM indicators.lineage_activity WHERE run_id = 'bench') AS lignes_lignage_activite,
    (SELECT count(*) FROM indicators.definition_versions) AS versions`));
  if (!actsOnly) {
    const publication = join(dir, 'publication');
    await time('publication', () => publishIndicators(wh, { runId: 'bench', publicationDir: publication, demo: true }));
    const sizes = Object.fromEntries(readdirSync(publication).map((f) => [f, statSync(join(publication, f)).size]));
    const audit = ['lignage.parquet', 'lignage_activite.parquet', 'indicateurs_versions.parquet'].reduce((n, f) => n + (sizes[f] ?? 0), 0);
    console.log(`publication ${mb(folderBytes(publication))} dont audit ${mb(audit)} (lignage ${mb(sizes['lignage.parquet'] ?? 0)}, ` +
      `activité ${mb(sizes['lignage_activite.parquet'] ?? 0)}, versions ${mb(sizes['indicateurs_versions.parquet'] ?? 0)})`);
    const archive = join(dir, 'archive');
    const summary = await time('archive (liens physiques)', () => archiveInputFiles(wh, { inbox, archiveDir: archive, runId: 'bench' }));
    console.log(`  ${summary.archived} fichiers, ${summary.linked} liens ; octets archivés ${mb(folderBytes(archive))} (partagés avec l'inbox tant qu'elle existe)`);
    await time('archive par copie (borne haute : copie de toute l\'inbox)', () => cpSync(inbox, join(dir, 'copie'), { recursive: true }));
    wh.close();
    await time('vigie verifier --tout (relecture, calcul, secret, comparaison)', async () => {
      const report = await verifyPublication({ publicationDir: publication, archives: [archive], selection: { kind: 'all' } });
      console.log(`  ${report.checked} valeurs, ${report.equal} identiques au bit près, ${report.problems.length} problème(s)`);
    });
  } else wh.close();

  // 2 million acts: the lineage reads raw.cnam_actes once (by file, zone and day).
  const big = await openWarehouse(join(dir, 'warehouse.duckdb'));
  const existing = (await big.one<{ n: number }>('SELECT count(*) AS n FROM raw.cnam_actes'))!.n;
  const copies = Math.max(1, Math.ceil(acts / Math.max(1, existing)));
  await time(`raw.cnam_actes porté à ~${acts} lignes (${copies} copies)`, () =>
    big.run(`INSERT INTO raw.cnam_actes SELECT r.* REPLACE (r.id_acte || '-' || i::VARCHAR AS id_acte) FROM raw.cnam_actes r, range(1, ${copies}) t(i)`));
  console.log(await big.all('SELECT count(*) AS actes FROM raw.cnam_actes'));
  const whBig = big;
  await time('lignage seul, ~2 millions d\'actes', () => whBig.transaction(async () => {
    await createPreparedTables(whBig, asOf);
    await recordLineage(whBig, 'bench', indicators);
    await dropPreparedTables(whBig);
  }));
  console.log(await big.all(`SELECT count(*) AS lignes_lignage_activite, sum("rows") AS actes_comptes FROM indicators.lineage_activity WHERE run_id = 'bench' AND source_id = 'cnam.actes'`));
  const csv = join(dir, 'actes_2M.csv');
  await big.run(`COPY (SELECT * EXCLUDE (_file_id, _line, _extract_date, _scope, _arrived_at) FROM raw.cnam_actes) TO '${csv}' (HEADER, DELIMITER ';')`);
  console.log(`fichier de ~2 millions d'actes : ${mb(statSync(csv).size)}`);
  await time('  copie dans l\'archive', () => cpSync(csv, join(dir, 'actes_2M.copie')));
  await time('  SHA-256 (contrôle de l\'archive par vigie verifier)', () => sha256OfFile(csv));
  big.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
