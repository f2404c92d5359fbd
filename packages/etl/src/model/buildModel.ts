import { rawTableDdl } from '../ingest/validationSql.js';
import { buildReferential } from '../referential/buildReferential.js';
import { sources } from '../sources/sources.js';
import { ensureSchemas, type Warehouse } from '../warehouse/index.js';
import type { CleanRefresh, SourceCleanModel } from './cleanModel.js';
import { declaredCleanModel } from './declaredCleanModel.js';
import { loadParameters } from './loadParameters.js';
import { builtFrom, MODEL_INPUTS_DDL, modelInputsDigest, recordInputs } from './modelInputs.js';

export interface BuildModelOptions {
  /** AAAA-MM-JJ: extracts dated after it are left out (a backfill "as of" a past date). */
  asOf?: string;
  /** Dated parameters file (default: config/parametres.json). */
  parametersFile?: string;
}

/**
 * The clean tables, in the order they are built: the order of the registry `sources`, each as its
 * declaration says (`clean`): derived from the declaration, its own models, or none (referential).
 */
export const CLEAN_TABLES: readonly SourceCleanModel[] = sources.flatMap((s) => {
  const models = s.clean === 'declared' ? [declaredCleanModel(s)] : s.clean === 'referential' ? [] : s.clean;
  return models.map((m) => ({ ...m, sourceId: s.id }));
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
    await loadParameters(wh, options.parametersFile);
    return buildCleanTables(wh, asOf, { incremental: true });
  });
}

/**
 * How one clean table was built: whole by its SQL (`complet`, or `inchange` when nothing it reads
 * changed since: left as it was), or by its own `refresh` (whole, by increment, or left as it was).
 */
export interface CleanTableBuild {
  table: string;
  refresh: CleanRefresh;
  /** Built by the model's own incremental `refresh` (else by its SQL, whole). */
  incremental: boolean;
}

/** How each clean table was built, in the order of `CLEAN_TABLES`. */
export interface CleanTablesBuild {
  tables: CleanTableBuild[];
}

/**
 * (Re)builds every clean table from raw.* and the ledger, the raw tables created empty when
 * missing (ref.communes must exist); `incremental`: a table whose model has its own `refresh`
 * (clean.actes: only the acts of its new versions) is built by it, and any other table whose inputs
 * did not change since it was built is left as it is (modelInputs.ts). `buildModel` calls it; so does the indicators' test
 * warehouse, on an empty warehouse, so that its clean tables are the real ones.
 */
export async function buildCleanTables(wh: Warehouse, asOf?: string, options: { incremental?: boolean } = {}): Promise<CleanTablesBuild> {
  for (const s of sources) await wh.run(rawTableDdl(s));
  const tables: CleanTableBuild[] = [];
  if (options.incremental) await wh.run(MODEL_INPUTS_DDL);
  for (const t of CLEAN_TABLES) {
    if (t.refresh && options.incremental) {
      tables.push({ table: t.table, refresh: await t.refresh(wh, asOf), incremental: true });
    } else if (options.incremental) {
      // Left as it is when nothing it reads changed since it was built (same SQL, same files).
      const digest = await modelInputsDigest(wh, t, asOf);
      if (digest && (await builtFrom(wh, t.table, digest))) {
        tables.push({ table: t.table, refresh: 'inchange', incremental: false });
        continue;
      }
      await wh.run(t.sql(asOf));
      await recordInputs(wh, t.table, digest);
      tables.push({ table: t.table, refresh: 'complet', incremental: false });
    } else {
      await wh.run(t.sql(asOf));
      tables.push({ table: t.table, refresh: 'complet', incremental: false });
    }
  }
  // A whole rebuild: what was recorded for an incremental build no longer describes its tables.
  if (!options.incremental) await wh.run('DROP TABLE IF EXISTS ledger.model_versions; DROP TABLE IF EXISTS ledger.model_inputs');
  return { tables };
}
