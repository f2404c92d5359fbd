import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatEuros, formatNumber, formatNumberUpTo, formatPercent, formatPlainNumber } from './frenchFormat.js';

describe('frenchFormat', () => {
  it('groups thousands with a plain space and uses a decimal comma', () => {
    expect(formatNumber(1234.5, 1)).toBe('1 234,5');
    expect(formatNumber(4812)).toBe('4 812');
    expect(formatNumber(2539784)).toBe('2 539 784');
    expect(formatNumber(-1234.56, 2)).toBe('-1 234,56');
    expect(formatNumberUpTo(61.5)).toBe('61,5');
    expect(formatNumberUpTo(1234)).toBe('1 234');
    expect(formatNumberUpTo(0.123456)).toBe('0,12');
  });

  it('writes percentages, euros, dates and durations', () => {
    expect(formatPercent(0.123)).toBe('12,3 %');
    expect(formatEuros(1200)).toBe('1 200 €');
    expect(formatDate('2025-10-06')).toBe('06/10/2025');
    expect(formatDate('2025-10-06T14:32:00')).toBe('06/10/2025 14:32');
    expect(formatDate(new Date('2025-10-06T00:00:00Z'))).toBe('06/10/2025');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_340)).toBe('12,3 s');
    expect(formatDuration(245_000)).toBe('4 min 05 s');
  });

  it('writes plain numbers without grouping (years, bounds, producers\' extracts)', () => {
    expect(formatPlainNumber(2100)).toBe('2100');
    expect(formatPlainNumber(0.5)).toBe('0,5');
    expect(formatPlainNumber(3.4, 2)).toBe('3,40');
  });
});
