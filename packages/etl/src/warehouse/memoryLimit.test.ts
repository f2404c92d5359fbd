import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY_LIMIT, memoryLimit, resolveMemoryLimit } from './memoryLimit.js';

describe('memoryLimit', () => {
  it('reads French and English writings', () => {
    expect(memoryLimit('1,5 Go')).toBe('1.5GB');
    expect(memoryLimit('1.5GB')).toBe('1.5GB');
    expect(memoryLimit('2000 Mo')).toBe('2000MB');
    expect(memoryLimit('800mb')).toBe('800MB');
    expect(memoryLimit('4 GiB')).toBe('4GiB');
  });

  it('refuses what is not a size, saying what it expected and where', () => {
    expect(() => memoryLimit('beaucoup')).toThrow(/VIGIE_MEMOIRE : taille de mémoire attendue.*reçu « beaucoup »/);
    expect(() => memoryLimit('2')).toThrow(/reçu « 2 »/);
    expect(() => memoryLimit('0 Go')).toThrow(/reçu « 0 Go »/);
    expect(() => memoryLimit('3 litres')).toThrow(/3 litres/);
  });

  it('takes the option, else VIGIE_MEMOIRE, else the default', () => {
    expect(resolveMemoryLimit('3 Go', { VIGIE_MEMOIRE: '1 Go' })).toBe('3GB');
    expect(resolveMemoryLimit(undefined, { VIGIE_MEMOIRE: '1 Go' })).toBe('1GB');
    expect(resolveMemoryLimit(undefined, {})).toBe(DEFAULT_MEMORY_LIMIT);
    expect(resolveMemoryLimit(undefined, { VIGIE_MEMOIRE: ' ' })).toBe(DEFAULT_MEMORY_LIMIT);
  });
});
