import { lastSundayOfMonth, monthsBetween } from '@vigie/core';

/** Dates des instantanés mensuels : le dernier dimanche de chaque mois depuis `firstMonth`, puis `until`. */
export function snapshotDates(firstMonth: string, until: string): string[] {
  const dates = monthsBetween(`${firstMonth}-01`, until)
    .map(lastSundayOfMonth)
    .filter((d) => d < until);
  return [...dates, until];
}
