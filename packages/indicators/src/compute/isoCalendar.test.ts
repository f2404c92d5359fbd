import { describe, expect, it } from 'vitest';
import { addDays, isoWeekCode, parisToday, sundayOnOrBefore } from './isoCalendar.js';

describe('isoCalendar', () => {
  it('codes ISO weeks across year ends', () => {
    expect(isoWeekCode('2025-09-01')).toBe('2025-S36');
    expect(isoWeekCode('2025-09-14')).toBe('2025-S37');
    expect(isoWeekCode('2025-12-29')).toBe('2026-S01');
    expect(isoWeekCode('2026-01-04')).toBe('2026-S01');
    expect(isoWeekCode('2027-01-01')).toBe('2026-S53');
  });

  it('finds the Sunday on or before a date', () => {
    expect(sundayOnOrBefore('2025-10-05')).toBe('2025-10-05');
    expect(sundayOnOrBefore('2025-10-08')).toBe('2025-10-05');
    expect(addDays('2025-10-31', 1)).toBe('2025-11-01');
  });

  it('takes today in Paris', () => {
    expect(parisToday(new Date('2025-10-05T22:30:00Z'))).toBe('2025-10-06');
  });

  it('refuses a malformed date', () => {
    expect(() => sundayOnOrBefore('05/10/2025')).toThrow(/AAAA-MM-JJ/);
    expect(() => sundayOnOrBefore('2025-02-30')).toThrow(/inexistante/);
  });
});
