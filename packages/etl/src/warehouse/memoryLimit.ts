/**
 * DuckDB's memory limit for the warehouse: beyond it, large operations spill to the temporary
 * directory beside the warehouse file instead of growing the process. Set by `VIGIE_MEMOIRE`
 * (`1,5 Go`, `1.5GB`, `2000 Mo`, `800MB`) or the `memoryLimit` option of `openWarehouse`.
 */
/**
 * 1 GB: the JavaScript side of a run adds up to about 0,9 Go at its peak (the statistical
 * secrecy's cells and audits, in publish), and a run must stay within 2 Go (issue #14). With
 * 1,5 GB the publish step of 2 million acts peaked at 2,13 Go, with 1,2 GB at 1,99 Go; the CPU
 * time of the other steps did not change (they spill a little more).
 */
export const DEFAULT_MEMORY_LIMIT = '1GB';

const UNITS: Record<string, string> = {
  ko: 'KB', kb: 'KB', kib: 'KiB',
  mo: 'MB', mb: 'MB', mib: 'MiB',
  go: 'GB', gb: 'GB', gib: 'GiB',
  to: 'TB', tb: 'TB', tib: 'TiB',
};

/**
 * A size as DuckDB reads it (`1.5GB`), from a French or English writing (`1,5 Go`, `1.5GB`,
 * `2000 Mo`); `where` names where the value came from, for the error message.
 */
export function memoryLimit(text: string, where = 'VIGIE_MEMOIRE'): string {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*([a-zA-Z]+)\s*$/.exec(text);
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  const amount = match ? Number(match[1]!.replace(',', '.')) : NaN;
  if (!match || unit === undefined || !(amount > 0)) {
    throw new Error(
      `${where} : taille de mémoire attendue, comme « 1,5 Go », « 1500 Mo » ou « 2GB » ; reçu « ${text} ». ` +
        `Corrigez ${where} (ou retirez-la : ${DEFAULT_MEMORY_LIMIT.replace('.', ',').replace('GB', ' Go')} par défaut).`,
    );
  }
  return `${amount}${unit}`;
}

/** The limit to use: the option, else `VIGIE_MEMOIRE`, else the default. */
export function resolveMemoryLimit(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (option !== undefined) return memoryLimit(option, 'memoryLimit');
  const fromEnv = env['VIGIE_MEMOIRE'];
  return fromEnv !== undefined && fromEnv.trim() !== '' ? memoryLimit(fromEnv) : DEFAULT_MEMORY_LIMIT;
}
