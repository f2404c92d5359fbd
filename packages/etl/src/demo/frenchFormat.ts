import { formatDate } from '@vigie/core';

/** `06/10/2025 14:32` à partir d'une date et d'une minute du jour. */
export function formatDateTimeFr(iso: string, minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return `${formatDate(iso)} ${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** `20250627` pour les noms de fichiers. */
export function compactDate(iso: string): string {
  return iso.replaceAll('-', '');
}
