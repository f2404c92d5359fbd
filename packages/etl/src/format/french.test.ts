import { describe, expect, it } from 'vitest';
import { formatDate, formatDuree, formatEuros, formatNombre, formatNombreAuPlus, formatPourcentage } from './french.js';

describe('French formatting', () => {
  it('groups thousands with a space and uses a decimal comma', () => {
    expect(formatNombre(1234.5, 1)).toBe('1 234,5');
    expect(formatNombre(4812)).toBe('4 812');
    expect(formatNombre(2539784)).toBe('2 539 784');
  });
  it('formats ratios, euros and dates', () => {
    expect(formatPourcentage(0.123)).toBe('12,3 %');
    expect(formatEuros(1200)).toBe('1 200 €');
    expect(formatDate('2025-10-06')).toBe('06/10/2025');
    expect(formatDate('2025-10-06T14:32:00')).toBe('06/10/2025 14:32');
    expect(formatNombreAuPlus(61.5)).toBe('61,5');
    expect(formatNombreAuPlus(1234)).toBe('1 234');
    expect(formatNombreAuPlus(0.123456)).toBe('0,12');
  });
  it('formats durations', () => {
    expect(formatDuree(850)).toBe('850 ms');
    expect(formatDuree(12_340)).toBe('12,3 s');
    expect(formatDuree(245_000)).toBe('4 min 05 s');
  });
});
