import { describe, expect, it } from 'vitest';
import {
  addDays,
  isIsoDate,
  isoWeekCode,
  isoWeekday,
  isoWeekMonday,
  isoWeekOf,
  isoWeeksBetween,
  isoWeeksInYear,
  lastDayOfMonth,
  lastSundayOfMonth,
  monthsBetween,
  quarterEnd,
  quartersBetween,
  sundayOnOrBefore,
} from './isoCalendar.js';

describe('isoCalendar', () => {
  it('codes ISO weeks, across year ends', () => {
    expect(isoWeekCode('2025-09-01')).toBe('2025-S36');
    expect(isoWeekCode('2025-09-14')).toBe('2025-S37');
    expect(isoWeekCode('2025-12-29')).toBe('2026-S01');
    expect(isoWeekCode('2026-01-04')).toBe('2026-S01');
    expect(isoWeekCode('2027-01-01')).toBe('2026-S53');
    expect(isoWeekCode('2021-01-03')).toBe('2020-S53');
    expect(isoWeekOf('2026-01-04')).toEqual({ year: 2026, week: 1, label: '2026-S01', monday: '2025-12-29', sunday: '2026-01-04' });
  });

  it('finds week starts, week counts and Sundays', () => {
    expect(isoWeekMonday(2025, 37)).toBe('2025-09-08');
    expect(isoWeekMonday(2026, 1)).toBe('2025-12-29');
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeekday('2025-09-01')).toBe(1);
    expect(isoWeekday('2025-09-28')).toBe(7);
    expect(sundayOnOrBefore('2025-10-05')).toBe('2025-10-05');
    expect(sundayOnOrBefore('2025-10-08')).toBe('2025-10-05');
    expect(isoWeeksBetween('2025-09-03', '2025-09-21').map((w) => w.label)).toEqual(['2025-S36', '2025-S37', '2025-S38']);
  });

  it('counts days, months and quarters', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-10-26', 1)).toBe('2025-10-27'); // change of time in Paris: no shift
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastSundayOfMonth('2025-09')).toBe('2025-09-28');
    expect(monthsBetween('2025-11-15', '2026-01-02')).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(quartersBetween('2025-09-01', '2026-01-04')).toEqual(['2025T3', '2025T4', '2026T1']);
    expect(quarterEnd(2025, 3)).toBe('2025-09-30');
    expect(quarterEnd(2025, 4)).toBe('2025-12-31');
  });

  it('refuses a malformed or non-existent date, saying what it expects', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(() => sundayOnOrBefore('05/10/2025')).toThrow(/AAAA-MM-JJ/);
    expect(() => isoWeekCode('2025-02-30')).toThrow(/inexistante/);
  });
});
