import type { DemoFaultKind } from './demoFaultKinds.js';
import type { DemoFault } from './demoTypes.js';
import { createPrng, type Prng } from './prng.js';

/** Environ une ligne fautive sur 2 000. */
const FAULT_RATE = 1 / 2000;
/** Les premières fautes de chaque source tombent sur ces rangs de lignes éligibles : chaque sorte est présente. */
const FORCED_EVERY = 7;

interface SourceState {
  kinds: DemoFaultKind[];
  prng: Prng;
  eligibleRows: number;
  nextKind: number;
  pending: DemoFaultKind[];
}

/**
 * Décide, ligne après ligne et de façon déterministe, quelles lignes abîmer : une de chaque sorte
 * au début de chaque source, puis au hasard (graine fixée) environ une ligne sur 2 000.
 */
export class FaultInjector {
  readonly faults: DemoFault[] = [];
  private readonly states = new Map<string, SourceState>();

  constructor(
    seed: number,
    private readonly enabled: boolean,
    kinds: readonly DemoFaultKind[],
  ) {
    for (const kind of kinds) {
      const state = this.states.get(kind.source) ?? { kinds: [], prng: createPrng(seed, 'fautes', kind.source), eligibleRows: 0, nextKind: 0, pending: [] };
      state.kinds.push(kind);
      this.states.set(kind.source, state);
    }
  }

  /** Rend les cellules à écrire : telles quelles, ou avec une cellule abîmée (et la faute notée). */
  apply(source: string, path: string, line: number, header: readonly string[], cells: readonly string[]): readonly string[] {
    const state = this.states.get(source);
    if (!this.enabled || !state) return cells;
    state.eligibleRows++;
    const forced = state.eligibleRows % FORCED_EVERY === 0 && state.eligibleRows / FORCED_EVERY <= state.kinds.length;
    if (state.prng.next() < FAULT_RATE || forced) {
      state.pending.push(state.kinds[state.nextKind % state.kinds.length] as DemoFaultKind);
      state.nextKind++;
    }
    for (let i = 0; i < state.pending.length; i++) {
      const kind = state.pending[i] as DemoFaultKind;
      const column = header.indexOf(kind.column);
      const value = cells[column];
      if (column < 0 || value === undefined || !kind.applies(value)) continue;
      state.pending.splice(i, 1);
      const corrupted = [...cells];
      corrupted[column] = kind.corrupt(value);
      this.faults.push({ path, line, column: kind.column, reason: kind.reason });
      return corrupted;
    }
    return cells;
  }
}
