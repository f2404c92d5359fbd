import { describe, expect, it } from 'vitest';
import { createPrng } from './prng.js';

describe('createPrng', () => {
  it('rend la même suite pour la même graine et les mêmes étiquettes', () => {
    const a = createPrng(7, 'x', 1);
    const b = createPrng(7, 'x', 1);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });
  it('sépare les flux par étiquette', () => {
    expect(createPrng(7, 'x').next()).not.toEqual(createPrng(7, 'y').next());
  });
  it('tire des entiers dans les bornes et respecte les poids', () => {
    const p = createPrng(1);
    for (let i = 0; i < 1000; i++) {
      const n = p.int(3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
      expect(p.weightedIndex([0, 1, 0])).toBe(1);
    }
  });
});
