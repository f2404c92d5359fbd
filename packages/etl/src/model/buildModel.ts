import { rawTableDdl } from '../ingest/validationSql.js';
import { buildReferential } from '../referential/buildReferential.js';
import { sources } from '../sources/sources.js';
import { ensureSchemas, type Warehouse } from '../warehouse/index.js';
import { cleanAplSql, cleanEffectifsSql, cleanPatienteleSql, cleanSatisfactionSql, cleanUrgencesSql } from './cleanContextSql.js';
import { cleanDocteursJuniorsSnapshotsSql, cleanDocteursJuniorsSql } from './cleanDocteursJuniorsSql.js';
import { cleanActesSql, cleanJourneesSql, cleanLieuxSql, cleanVolontairesSql } from './cleanFactsSql.js';
import { cleanZonesSql } from './cleanZonesSql.js';
import { loadParametres } from './loadParametres.js';

export interface BuildModelOptions {
  /** AAAA-MM-JJ: extracts dated after it are left out (a backfill "as of" a past date). */
  asOf?: string;
  /** Dated parameters file (default: config/parametres.json). */
  parametres?: string;
}

/** The clean tables, in the order they are built. */
export const CLEAN_TABLES: ReadonlyArray<{ table: string; sql: (asOf: string | undefined) => string }> = [
  { table: 'clean.zones', sql: cleanZonesSql },
  { table: 'clean.lieux', sql: cleanLieuxSql },
  { table: 'clean.journees', sql: cleanJourneesSql },
  { table: 'clean.actes', sql: cleanActesSql },
  { table: 'clean.volontaires', sql: cleanVolontairesSql },
  { table: 'clean.satisfaction', sql: cleanSatisfactionSql },
  { table: 'clean.apl', sql: cleanAplSql },
  { table: 'clean.patientele', sql: cleanPatienteleSql },
  { table: 'clean.effectifs', sql: cleanEffectifsSql },
  { table: 'clean.urgences', sql: cleanUrgencesSql },
  { table: 'clean.docteurs_juniors', sql: cleanDocteursJuniorsSql },
  { table: 'clean.docteurs_juniors_instantanes', sql: cleanDocteursJuniorsSnapshotsSql },
];

/**
 * (Re)builds ref.* (territorial referential, dated parameters) and clean.* (the latest version of
 * each key) from raw.* and the ledger, in one transaction. Every table exists afterwards, empty
 * when its source never arrived.
 */
export async function buildModel(wh: Warehouse, options: BuildModelOptions = {}): Promise<void> {
  const { asOf } = options;
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new Error(`asOf : date AAAA-MM-JJ attendue, « ${asOf} » reçu`);
  }
  await ensureSchemas(wh);
  await wh.transaction(async () => {
    for (const s of sources) await wh.run(rawTableDdl(s));
    await buildReferential(wh);
    await loadParametres(wh, options.parametres);
    for (const t of CLEAN_TABLES) await wh.run(t.sql(asOf));
  });
}
