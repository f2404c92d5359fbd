import { describe, expect, it } from 'vitest';
import { auditCells } from './auditCells.js';
import { BruteForceSpace } from './bruteForceAudit.js';
import { maskCells } from './maskCells.js';
import { randomSecrecyInstance, seededRandom, type RandomInstance } from './randomSecrecyInstance.js';

/**
 * The masked non-zero cells that the published ones of the same count determine, by brute force
 * over zone × day unknowns (a hidden zero that the published cells give as 0 is no secret).
 */
function bruteForceRecoverable(instance: RandomInstance, published: readonly boolean[], masked: readonly boolean[]): number[] {
  const { cells, brute, days } = instance;
  const found: number[] = [];
  for (const group of new Set(cells.group)) {
    const space = new BruteForceSpace(days);
    cells.group.forEach((g, c) => {
      if (g === group && published[c]) space.add(brute[c]!);
    });
    cells.group.forEach((g, c) => {
      if (g === group && masked[c] && !published[c] && cells.count[c] !== 0 && space.determines(brute[c]!)) found.push(c);
    });
  }
  return found.sort((a, b) => a - b);
}

/**
 * Masks the instance and checks what every masking must give: no masked cell recoverable, by the
 * audit or by brute force; no count from 1 to 10 shown; a count shown only in a ratio row published
 * only beside a published partner.
 */
function expectProtected(instance: ReturnType<typeof randomSecrecyInstance>) {
  const { cells } = instance;
  const result = maskCells(cells);
  const hidden = result.masked.map((m, c) => m && !result.published[c]);
  expect(auditCells(cells, result.published, hidden)).toEqual([]);
  expect(bruteForceRecoverable(instance, result.published, result.masked)).toEqual([]);
  expect(cells.primary.filter((p, c) => p && result.published[c])).toEqual([]);
  for (const [a, b] of cells.pairs) if (result.published[a]) expect(result.masked[b]).toBe(false);
  return { cells, result };
}

describe('maskCells (property: random hierarchies, counts and weeks straddling months)', () => {
  for (let seed = 1; seed <= 12; seed++) {
    it(`seed ${seed}: no masked cell can be recovered, by the audit or by brute force; no 1 to 10 is shown`, () => {
      expectProtected(randomSecrecyInstance(seed, { maxWeeks: 6, maxZones: 2 }));
    });
  }
});

describe('maskCells (property: sparse zones, long pauses, only cumuls or zeros tie their weeks)', () => {
  for (let seed = 201; seed <= 224; seed++) {
    it(`seed ${seed}: no masked cell can be recovered, by the audit or by brute force; no 1 to 10 is shown`, () => {
      const { cells, result } = expectProtected(randomSecrecyInstance(seed, { maxWeeks: 8, maxZones: 3, sparse: true }));
      // a zero is never masked by choice
      expect(cells.count.filter((n, c) => n === 0 && result.reason[c] === 'secondaire')).toEqual([]);
    });
  }
});

describe('the checks can fail', () => {
  it('with primary masks alone, the brute force and the audit both find recoverable cells', () => {
    let found = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const instance = randomSecrecyInstance(seed, { maxWeeks: 6, maxZones: 2 });
      const masked = instance.cells.primary.slice();
      const published = masked.map((m) => !m);
      const brute = bruteForceRecoverable(instance, published, masked);
      expect(auditCells(instance.cells, published, masked).map((r) => r.cell).sort((a, b) => a - b)).toEqual(brute);
      found += brute.length;
    }
    expect(found).toBeGreaterThan(0);
  });
});

describe('auditCells against brute force', () => {
  for (let seed = 101; seed <= 112; seed++) {
    it(`seed ${seed}: finds exactly the cells that the published ones determine`, () => {
      const instance = randomSecrecyInstance(seed, { maxWeeks: 5, maxZones: 2 });
      const random = seededRandom(seed * 7);
      const share = 0.1 + random() * 0.4;
      const masked = instance.cells.group.map(() => random() < share);
      const published = masked.map((m) => !m);
      const audit = auditCells(instance.cells, published, masked).map((r) => r.cell).sort((a, b) => a - b);
      const brute = bruteForceRecoverable(instance, published, masked);
      expect(audit).toEqual(brute);
    });
  }
});
