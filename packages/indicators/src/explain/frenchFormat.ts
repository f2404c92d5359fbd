/** Numbers and dates as people read them in France: `1 234,5`, `06/10/2025`. */
export function formatNumberFr(value: number | null | undefined, maxDecimals = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: maxDecimals }).format(value).replace(/[\u202f\u00a0]/g, ' ');
}

/** `2025-10-06` or `2025-10-06T14:32:00` → `06/10/2025` (`06/10/2025 14:32`). */
export function formatDateFr(value: string | null | undefined): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value);
  if (!match) return value;
  return `${match[3]}/${match[2]}/${match[1]}${match[4] ? ` ${match[4]}:${match[5]}` : ''}`;
}

export const LEVEL_LABELS: Record<string, string> = {
  zone: 'zone',
  departement: 'département',
  region: 'région',
  national: 'national',
};
