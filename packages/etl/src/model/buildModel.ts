import { rawTableDdl } from '../ingest/validationSql.js';
import { buildReferential } from '../referential/buildReferential.js';
import { sources } from '../sources/sources.js';
import { ensureSchemas, type Warehouse } from '../warehouse/index.js';
import { cleanAplSql, cleanEffectifsSql } from './cleanContextSql.js';
import { cleanDocteursJuniorsSnapshotsSql, cleanDocteursJuniorsSql } from './cleanDocteursJuniorsSql.js';
import { cleanActesSql, cleanJourneesSql, cleanLieuxSql, cleanVolontairesSql } from './cleanFactsSql.js';
import { cleanZonesSql } from './cleanZonesSql.js';
import { declaredCleanModel, type CleanModel } from './declaredCleanModel.js';
import { loadParametres } from './loadParametres.js';
import { refreshCleanActes } from './refreshCleanActes.js';

export interface BuildModelOptions {
  /** AAAA-MM-JJ: extracts dated after it are left out (a backfill "as of" a past date). */
  asOf?: string;
  /** Dated parameters file (default: config/parametres.json). */
  parametres?: string;
}

/**
 * The sources whose clean tables need more than their declaration says (joins, renames, several
 * tables, snapshots kept whole): their own SQL. Every other source but the INSEE referential (in
 * ref.*) gets the clean table derived from its declaration (`declaredCleanModel`).
 */
const CLEAN_MODELS: readonly CleanModel[] = [
  { table: 'clean.zones', sourceId: 'drees.zones', sql: cleanZonesSql },
  { table: 'clean.lieux', sourceId: 'ars.lieux', sql: cleanLieuxSql },
  { table: 'clean.journees', sourceId: 'ars.journees', sql: cleanJourneesSql },
  { table: 'clean.actes', sourceId: 'cnam.actes', sql: cleanActesSql },
  { table: 'clean.volontaires', sourceId: 'ars.volontaires', sql: cleanVolontairesSql },
  { table: 'clean.apl', sourceId: 'drees.apl', sql: cleanAplSql },
  { table: 'clean.effectifs', sourceId: 'cnam.effectifs', sql: cleanEffectifsSql },
  { table: 'clean.docteurs_juniors', sourceId: 'ars.docteurs_juniors', sql: cleanDocteursJuniorsSql },
  { table: 'clean.docteurs_juniors_instantanes', sourceId: 'ars.docteurs_juniors', sql: cleanDocteursJuniorsSnapshotsSql },
];

/** The clean tables, in the order they are built: the order of the registry `sources`. */
export const CLEAN_TABLES: readonly CleanModel[] = sources.flatMap((s) => {
  const own = CLEAN_MODELS.filter((m) => m.sourceId === s.id);
  if (own.length > 0) return own;
  return s.producer === 'insee' ? [] : [declaredCleanModel(s)];
});

/**
 * (Re)builds ref.* (territorial referential, dated parameters) and clean.* (the latest version of
 * each key) from raw.* and the ledger, in one transaction. Every table exists afterwards, empty
 * when its source never arrived.
 */
export async function buildModel(wh: Warehouse, options: BuildModelOptions = {}): Promise<CleanTablesBuild> {
  const { asOf } = options;
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new Error(`asOf : date AAAA-MM-JJ attendue, « ${asOf} » reçu`);
  }
  await ensureSchemas(wh);
  return wh.transaction(async () => {
    for (const s of sources) await wh.run(rawTableDdl(s));
    await buildReferential(wh);
    await loadParametres(wh, options.parametres);
    return buildCleanTables(wh, asOf, { incremental: true });
  });
}

/** How clean.actes was built: whole, by increment, or left as it was (no new version). */
export interface CleanTablesBuild {
  actes: 'complet' | 'increment' | 'inchange';
}

/**
 * (Re)builds every clean table from raw.* and the ledger, the raw tables created empty when
 * missing (ref.communes must exist); `incremental`: clean.actes only for the acts of its new
 * versions (refreshCleanActes). `buildModel` calls it; so does the indicators' test
 * warehouse, on an empty warehouse, so that its clean tables are the real ones.
 */
export async function buildCleanTables(wh: Warehouse, asOf?: string, options: { incremental?: boolean } = {}): Promise<CleanTablesBuild> {
  for (const s of sources) await wh.run(rawTableDdl(s));
  let actes: CleanTablesBuild['actes'] = 'complet';
  for (const t of CLEAN_TABLES) {
    if (t.table === 'clean.actes' && options.incremental) actes = await refreshCleanActes(wh, asOf);
    else await wh.run(t.sql(asOf));
  }
  // A whole rebuild: the versions recorded for an increment of clean.actes no longer describe it.
  if (!options.incremental) await wh.run('DROP TABLE IF EXISTS ledger.model_versions');
  return { actes };
}
