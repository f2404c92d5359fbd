import { describe, expect, it } from 'vitest';
import type { DemoFaultKind } from './demoFaultKinds.js';
import { FaultInjector } from './faultInjector.js';

const kinds: DemoFaultKind[] = [
  { source: 's', column: 'a', reason: 'a abîmée', applies: (v) => v !== '', corrupt: () => 'A!' },
  { source: 's', column: 'b', reason: 'b abîmée', applies: (v) => v === 'ok', corrupt: () => 'B!' },
];

function run(enabled: boolean, rows: number): { injector: FaultInjector; written: string[][] } {
  const injector = new FaultInjector(1, enabled, kinds);
  const written: string[][] = [];
  for (let line = 2; line < rows + 2; line++) written.push([...injector.apply('s', 'f.csv', line, ['a', 'b'], ['x', line % 3 === 0 ? 'ok' : 'non'])]);
  return { injector, written };
}

describe('FaultInjector', () => {
  it('abîme tôt une ligne de chaque sorte, puis environ une sur 2 000, et note chaque faute', () => {
    const { injector, written } = run(true, 20_000);
    expect(new Set(injector.faults.map((f) => f.column))).toEqual(new Set(['a', 'b']));
    expect(injector.faults.length).toBeGreaterThan(4);
    expect(injector.faults.length).toBeLessThan(30);
    for (const fault of injector.faults) {
      const cells = written[fault.line - 2] ?? [];
      expect(cells[fault.column === 'a' ? 0 : 1]).toBe(fault.column === 'a' ? 'A!' : 'B!');
    }
    const damaged = written.filter((c) => c[0] === 'A!' || c[1] === 'B!').length;
    expect(damaged).toBe(injector.faults.length);
  });

  it('attend une ligne où la faute a un sens, et ne touche à rien quand il est éteint', () => {
    const { injector } = run(true, 20);
    const b = injector.faults.find((f) => f.column === 'b');
    expect(b && b.line % 3).toBe(0);
    const off = run(false, 20_000);
    expect(off.injector.faults).toEqual([]);
    expect(off.written.some((c) => c[0] === 'A!' || c[1] === 'B!')).toBe(false);
  });

  it('laisse passer les sources sans sorte de faute', () => {
    const injector = new FaultInjector(1, true, kinds);
    expect(injector.apply('autre', 'g.csv', 2, ['a'], ['x'])).toEqual(['x']);
  });
});
