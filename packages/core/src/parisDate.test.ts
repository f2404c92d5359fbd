import { describe, expect, it } from 'vitest';
import { formatParisDateTime, lastCompleteWeekEnd, parisToday } from './parisDate.js';

describe('parisToday', () => {
  it('takes the date in Paris, not in UTC', () => {
    expect(parisToday(new Date('2025-10-05T22:30:00Z'))).toBe('2025-10-06'); // summer time
    expect(parisToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01'); // winter time
    expect(parisToday(new Date('2025-12-31T22:30:00Z'))).toBe('2025-12-31');
  });
});

describe('lastCompleteWeekEnd', () => {
  it('is the Sunday of the last ISO week ended before today', () => {
    expect(lastCompleteWeekEnd('2026-11-23')).toBe('2026-11-22'); // Monday
    expect(lastCompleteWeekEnd('2026-11-22')).toBe('2026-11-15'); // Sunday: the week is not over
    expect(lastCompleteWeekEnd('2026-11-25')).toBe('2026-11-22');
    expect(lastCompleteWeekEnd(parisToday(new Date('2026-11-22T23:30:00Z')))).toBe('2026-11-22'); // already Monday in Paris
  });
});

describe('formatParisDateTime', () => {
  it('writes an instant as read in Paris, summer and winter', () => {
    expect(formatParisDateTime(new Date('2025-10-06T12:32:00Z'))).toBe('06/10/2025 14:32');
    expect(formatParisDateTime('2025-12-31T23:05:00Z')).toBe('01/01/2026 00:05');
  });
});
