import { addDays, isoWeekday } from './isoCalendar.js';

const parisDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Le dimanche qui termine la dernière semaine ISO complète avant `today` (dates de Paris).
 * Un lundi, c'est la veille ; un dimanche, la semaine en cours n'est pas finie : c'est le dimanche précédent.
 */
export function lastCompleteWeekEnd(today: Date): string {
  const iso = parisDate.format(today);
  return addDays(iso, -isoWeekday(iso));
}
