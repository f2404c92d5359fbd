import { describe, expect, it } from 'vitest';
import { addDays, isoWeekOf, isoWeekday, isoWeeksBetween, lastSundayOfMonth, quartersBetween } from './isoCalendar.js';
import { lastCompleteWeekEnd } from './lastCompleteWeekEnd.js';

describe('isoCalendar', () => {
  it('numérote les semaines ISO, y compris à cheval sur deux années', () => {
    expect(isoWeekOf('2025-09-01').label).toBe('2025-S36');
    expect(isoWeekOf('2025-09-07').label).toBe('2025-S36');
    expect(isoWeekOf('2025-12-29').label).toBe('2026-S01');
    expect(isoWeekOf('2027-01-03').label).toBe('2026-S53');
    expect(isoWeekOf('2026-01-04').sunday).toBe('2026-01-04');
  });
  it('compte les jours et les semaines', () => {
    expect(isoWeekday('2025-09-01')).toBe(1);
    expect(isoWeekday('2025-09-28')).toBe(7);
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(isoWeeksBetween('2025-09-01', '2025-09-21').map((w) => w.label)).toEqual(['2025-S36', '2025-S37', '2025-S38']);
    expect(lastSundayOfMonth('2025-09')).toBe('2025-09-28');
    expect(quartersBetween('2025-09-01', '2026-01-04')).toEqual(['2025T3', '2025T4', '2026T1']);
  });
});

describe('lastCompleteWeekEnd', () => {
  it('rend le dimanche de la dernière semaine complète, en heure de Paris', () => {
    expect(lastCompleteWeekEnd(new Date('2026-11-23T08:00:00Z'))).toBe('2026-11-22'); // lundi
    expect(lastCompleteWeekEnd(new Date('2026-11-22T12:00:00Z'))).toBe('2026-11-15'); // dimanche
    expect(lastCompleteWeekEnd(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-22'); // déjà lundi à Paris
  });
});
