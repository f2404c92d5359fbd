/** Écritures françaises des extraits : dates `JJ/MM/AAAA`, heures `14:32`, virgule décimale. */
export function formatDateFr(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** `06/10/2025 14:32` à partir d'une date et d'une minute du jour. */
export function formatDateTimeFr(iso: string, minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return `${formatDateFr(iso)} ${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** `3,40` : virgule décimale, jamais de séparateur de milliers. */
export function formatDecimalFr(value: number, decimals: number): string {
  return value.toFixed(decimals).replace('.', ',');
}

/** `20250627` pour les noms de fichiers. */
export function compactDate(iso: string): string {
  return iso.replaceAll('-', '');
}
