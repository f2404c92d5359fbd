import type { Warehouse } from './openWarehouse.js';

/** DuckDB's memory limit while JavaScript alone works beside it. */
export const SPILLED_LIMIT = '256MB';

/**
 * Runs pure JavaScript work (the statistical secrecy's masking and audit) with DuckDB's memory
 * limit lowered: DuckDB writes its tables to its temporary directory and gives its memory back
 * (1,17 Go → 0,42 Go of resident memory, measured) while JavaScript holds its own data (0,7 to
 * 0,9 Go on 2 million acts), then the limit is restored; the tables are read back when a query
 * needs them. The limit is restored to the one the warehouse was opened with (`wh.memoryLimit`):
 * DuckDB reads its own back rounded (`953.6 MiB` for 1GB), and setting that lowered it a little
 * at every call. Both at once made the publish step the peak of a run (1,97 Go for a target of 2 Go).
 * A warehouse in memory has no directory of its own to spill to: left as it is. When DuckDB
 * refuses to lower its limit, the work runs beside DuckDB's memory and `warn` says so.
 */
export async function withDuckDbSpilled<T>(wh: Warehouse, work: () => T, warn: (message: string) => void): Promise<T> {
  if (wh.path === ':memory:') return work();
  const limit = wh.memoryLimit;
  let lowered = false;
  try {
    await wh.run(`SET memory_limit = '${SPILLED_LIMIT}'`);
    lowered = true;
  } catch (error) {
    warn(
      `Mémoire : la limite de DuckDB devait descendre de ${limit} à ${SPILLED_LIMIT} pendant ce calcul en JavaScript (ses tables écrites sur disque, sa mémoire rendue) ; ` +
        `DuckDB a refusé : ${(error as Error).message}. Le calcul continue sans cette économie, et le pic de mémoire du processus peut dépasser 2 Go. ` +
        `Si la machine manque de mémoire, baissez VIGIE_MEMOIRE (par exemple « 800 Mo ») et relancez.`,
    );
  }
  try {
    return work();
  } finally {
    if (lowered) await wh.run(`SET memory_limit = '${limit}'`);
  }
}
