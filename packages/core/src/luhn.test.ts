import { describe, expect, it } from 'vitest';
import { isLuhnValid, luhnCheckDigit, withLuhnKey } from './luhn.js';

describe('luhn (RPPS, SIREN, SIRET)', () => {
  it('accepts known valid numbers', () => {
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('73282932000074')).toBe(true); // INSEE's SIRET
    expect(isLuhnValid('732829320')).toBe(true); // INSEE's SIREN
  });
  it('refuses a wrong key and what is not digits', () => {
    expect(isLuhnValid('79927398710')).toBe(false);
    expect(isLuhnValid('7992739871a')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
  });
  it('computes the key that makes a number valid', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(isLuhnValid(withLuhnKey('1000000000'))).toBe(true);
  });
});
