import { addDays, sundayOnOrBefore } from './isoCalendar.js';

const parisFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Paris at instant `now`, `AAAA-MM-JJ`. */
export function parisDate(now: Date): string {
  return parisFormat.format(now);
}

/** Today's date in Paris. */
export function parisToday(now: Date = new Date()): string {
  return parisDate(now);
}

/**
 * The as-of rule: the Sunday ending the last ISO week complete before `today` (a Paris date). On
 * a Monday it is the day before; on a Sunday the current week has not ended: the Sunday before.
 */
export function lastCompleteWeekEnd(today: string = parisToday()): string {
  return sundayOnOrBefore(addDays(today, -1));
}

const parisDateTimeFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant as read in Paris: `06/10/2025 14:32` (summer and winter time). */
export function formatParisDateTime(instant: Date | string): string {
  return parisDateTimeFormat.format(typeof instant === 'string' ? new Date(instant) : instant).replace(/\s+/g, ' ').replace(',', '');
}
