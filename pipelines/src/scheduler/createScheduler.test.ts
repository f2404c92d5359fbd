import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hebdomadaire } from '../../definitions/hebdomadaire.js';
import { quotidien } from '../../definitions/quotidien.js';
import type { PipelineDefinition } from '../../definitions/index.js';
import { createMemoryLogger } from '../log/logger.js';
import { createScheduler } from './createScheduler.js';

const HOUR = 3_600_000;

/** Paris wall-clock time of a UTC instant, `AAAA-MM-JJ HH:MM`. */
const paris = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Europe/Paris' }).slice(0, 16);

describe('createScheduler (fake clock)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  async function fireTimes(pipelines: PipelineDefinition[], from: string, hours: number) {
    vi.setSystemTime(new Date(from));
    const fired: Array<{ pipeline: string; at: string }> = [];
    const scheduler = createScheduler({
      pipelines,
      log: createMemoryLogger(),
      run: async (p) => {
        fired.push({ pipeline: p.id, at: paris(new Date()) });
      },
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(hours * HOUR);
    await scheduler.stop();
    return fired;
  }

  it('runs the weekly pipeline on Mondays at 06:00 Paris time, winter and summer', async () => {
    const fired = await fireTimes([hebdomadaire], '2026-03-20T12:00:00Z', 24 * 14);
    // 23/03 is winter time (UTC+1), 30/03 summer time (UTC+2, after the change on 29/03).
    expect(fired).toEqual([
      { pipeline: 'hebdomadaire', at: '2026-03-23 06:00' },
      { pipeline: 'hebdomadaire', at: '2026-03-30 06:00' },
    ]);
  });

  it('runs the daily pipeline at 07:00 Paris time across the autumn change', async () => {
    const fired = await fireTimes([quotidien], '2026-10-23T12:00:00Z', 88);
    expect(fired.map((f) => f.at)).toEqual(['2026-10-24 07:00', '2026-10-25 07:00', '2026-10-26 07:00']);
  });

  it('never runs two pipelines at once: the one due during a run is skipped and logged', async () => {
    vi.setSystemTime(new Date('2026-11-23T04:30:00Z')); // Monday 05:30 in Paris
    const log = createMemoryLogger();
    const started: string[] = [];
    let release: () => void = () => undefined;
    const scheduler = createScheduler({
      pipelines: [hebdomadaire, quotidien],
      log,
      run: (p) => {
        started.push(p.id);
        if (started.length > 1) return Promise.resolve();
        return new Promise<void>((r) => (release = r)); // the weekly run lasts past 07:00
      },
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(2 * HOUR); // past 06:00 and 07:00
    expect(started).toEqual(['hebdomadaire']);
    expect(scheduler.busyWith()).toBe('hebdomadaire');
    expect(log.lines.some((l) => l['event'] === 'execution_ignoree' && l['pipeline'] === 'quotidien')).toBe(true);
    release();
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(started).toEqual(['hebdomadaire', 'quotidien']);
    await scheduler.stop();
  });

  it('on stop, asks the run in progress to stop after its step and waits for it', async () => {
    vi.setSystemTime(new Date('2026-11-23T04:59:00Z'));
    const events: string[] = [];
    const scheduler = createScheduler({
      pipelines: [hebdomadaire],
      log: createMemoryLogger(),
      run: (_p, signal) =>
        new Promise<void>((resolve) => {
          events.push('début');
          signal.addEventListener('abort', () => {
            events.push('arrêt demandé');
            setTimeout(() => {
              events.push('étape terminée');
              resolve();
            }, 1000);
          });
        }),
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    const stopped = scheduler.stop().then(() => events.push('arrêté'));
    await vi.advanceTimersByTimeAsync(2000);
    await stopped;
    expect(events).toEqual(['début', 'arrêt demandé', 'étape terminée', 'arrêté']);
    expect(scheduler.nextRuns()).toEqual(expect.any(Array));
  });

  it('says when each pipeline runs next', () => {
    vi.setSystemTime(new Date('2026-11-23T12:00:00Z'));
    const scheduler = createScheduler({ pipelines: [hebdomadaire, quotidien], log: createMemoryLogger(), run: async () => undefined });
    scheduler.start();
    const next = scheduler.nextRuns().map((n) => ({ pipeline: n.pipeline, at: paris(n.at) }));
    expect(next).toEqual([
      { pipeline: 'hebdomadaire', at: '2026-11-30 06:00' },
      { pipeline: 'quotidien', at: '2026-11-24 07:00' },
    ]);
    void scheduler.stop();
  });
});
