/**
 * Independent calendar helpers for the tests (UTC dates, `AAAA-MM-JJ`). Deliberately NOT
 * `@vigie/core`: the end-to-end oracle recomputes every indicator from the extracts to check the
 * product; an oracle that shared the calendar it checks would agree with any bug in it.
 */
export const DAY = 86_400_000;

export function parseFrDate(value: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(value);
  if (!m) throw new Error(`date JJ/MM/AAAA attendue : ${value}`);
  return `${m[3]}-${m[2]}-${m[1]}`;
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** ISO week code `2025-S37` of a date. */
export function isoWeek(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(d.getTime() + (3 - day) * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7);
  return `${year}-S${String(week).padStart(2, '0')}`;
}

/** The Sunday ending the ISO week of a date. */
export function weekEnd(iso: string): string {
  const day = (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(iso, 6 - day);
}
