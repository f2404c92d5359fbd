/**
 * French writing of everything a person reads: `1 234,5`, `12,3 %`, `1 200 €`, `06/10/2025`.
 * The thousands separator is a plain space, as the specification writes it. The one formatting
 * module of Vigie: every package imports it.
 */
export function formatNumber(value: number, decimals = 0): string {
  return numberFr(value, decimals, decimals);
}

/** Up to `maxDecimals` decimals, none written when not needed: `61,5`, `1 234`. */
export function formatNumberUpTo(value: number, maxDecimals = 2): string {
  return numberFr(value, 0, maxDecimals);
}

function numberFr(value: number, minDecimals: number, maxDecimals: number): string {
  const text = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals }).format(value);
  return text.replace(/[\u202f\u00a0]/g, ' ');
}

/** A ratio as a percentage: 0.123 → `12,3 %`. */
export function formatPercent(ratio: number, decimals = 1): string {
  return `${formatNumber(ratio * 100, decimals)} %`;
}

export function formatEuros(value: number, decimals = 0): string {
  return `${formatNumber(value, decimals)} €`;
}

/** `2025-10-06` (or a Date) → `06/10/2025`; `2025-10-06T14:32:00` → `06/10/2025 14:32`. */
export function formatDate(value: string | Date): string {
  const iso = typeof value === 'string' ? value : value.toISOString().slice(0, 10);
  const [y, m, d] = iso.slice(0, 10).split('-');
  const time = /^.{10}[T ](\d{2}:\d{2})/.exec(iso)?.[1];
  return `${d}/${m}/${y}${time ? ` ${time}` : ''}`;
}

/** A duration in milliseconds, for people: `850 ms`, `12,3 s`, `4 min 05 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${formatNumber(ms / 1000, 1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
}

/**
 * A decimal comma and no thousands separator: years and bounds in messages (`2100`, `0,5`), and
 * numbers in producers' extracts. With `decimals`, exactly that many (`3,40`).
 */
export function formatPlainNumber(value: number, decimals?: number): string {
  return (decimals === undefined ? String(value) : value.toFixed(decimals)).replace('.', ',');
}
