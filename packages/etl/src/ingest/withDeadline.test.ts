import { describe, expect, it } from 'vitest';
import { DeadlineExceeded, withDeadline } from './withDeadline.js';

describe('withDeadline', () => {
  it('gives the value of work that settles in time', async () => {
    await expect(withDeadline(async () => 42, 60_000)).resolves.toBe(42);
    await expect(withDeadline(async () => Promise.reject(new Error('abîmé')), 60_000)).rejects.toThrow('abîmé');
  });

  it('settles work that never does (no "unsettled top-level await"), and aborts its signal', async () => {
    let seen: AbortSignal | undefined;
    const never = (signal: AbortSignal) => {
      seen = signal;
      return new Promise<never>(() => undefined);
    };
    await expect(withDeadline(never, 5)).rejects.toBeInstanceOf(DeadlineExceeded);
    expect(seen?.aborted).toBe(true);
  });

  it('a deadline of 0 has already passed: work that checks its signal stops at once', async () => {
    const steps: number[] = [];
    const work = async (signal: AbortSignal) => {
      for (let i = 0; i < 3; i++) {
        signal.throwIfAborted();
        steps.push(i);
        await new Promise((r) => setImmediate(r));
      }
      return 'fini';
    };
    await expect(withDeadline(work, 0)).rejects.toBeInstanceOf(DeadlineExceeded);
    expect(steps).toEqual([]);
  });
});
