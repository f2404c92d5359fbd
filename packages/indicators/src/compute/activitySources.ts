import { rawTableName } from '@vigie/etl';

/**
 * The activity sources: their rows are dated and placed (a day, the SIRET of a place). They set
 * the weeks to compute (resolveAsOf: `happened` says which rows are activity that took place, a
 * planned day is not), their clean tables are fingerprinted day by day (computeBasis) and their
 * raw rows are kept as lineage per zone and day (recordLineage).
 */
export const ACTIVITY_SOURCES = [
  { sourceId: 'cnam.actes', cleanTable: 'clean.actes', day: 'date_soins', siret: 'siret_lieu_execution', happened: 'true' },
  { sourceId: 'ars.journees', cleanTable: 'clean.journees', day: '"date"', siret: 'siret_lieu', happened: `statut = 'REALISEE'` },
].map((a) => ({ ...a, rawTable: rawTableName({ id: a.sourceId }) }));
