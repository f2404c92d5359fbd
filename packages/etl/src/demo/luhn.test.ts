import { describe, expect, it } from 'vitest';
import { isLuhnValid, luhnCheckDigit, withLuhnKey } from './luhn.js';

describe('luhn', () => {
  it('reconnaît des numéros valides connus', () => {
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('73282932000074')).toBe(true); // SIRET de l'INSEE
    expect(isLuhnValid('732829320')).toBe(true); // SIREN de l'INSEE
  });
  it('refuse une clé fausse et ce qui n’est pas des chiffres', () => {
    expect(isLuhnValid('79927398710')).toBe(false);
    expect(isLuhnValid('7992739871a')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
  });
  it('calcule la clé qui rend le numéro valide', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(isLuhnValid(withLuhnKey('1000000000'))).toBe(true);
  });
});
