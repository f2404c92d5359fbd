import { describe, expect, it } from 'vitest';
import { isoWeek, weekEnd } from './isoCalendar.js';

describe('test calendar helpers', () => {
  it('computes ISO weeks across year ends', () => {
    expect(isoWeek('2025-09-01')).toBe('2025-S36');
    expect(isoWeek('2025-12-29')).toBe('2026-S01');
    expect(isoWeek('2027-01-03')).toBe('2026-S53');
    expect(weekEnd('2025-09-03')).toBe('2025-09-07');
  });
});
