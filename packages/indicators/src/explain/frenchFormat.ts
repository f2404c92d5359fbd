import { formatDate, formatNumberUpTo } from '@vigie/core';

/** Numbers and dates as people read them in France (`1 234,5`, `06/10/2025`), `—` when missing. */
export function formatNumberFr(value: number | null | undefined, maxDecimals = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return formatNumberUpTo(value, maxDecimals);
}

/** `2025-10-06` or `2025-10-06T14:32:00` → `06/10/2025` (`06/10/2025 14:32`); other text as it is. */
export function formatDateFr(value: string | null | undefined): string {
  if (!value) return '—';
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? formatDate(value) : value;
}

export const LEVEL_LABELS: Record<string, string> = {
  zone: 'zone',
  departement: 'département',
  region: 'région',
  national: 'national',
};
