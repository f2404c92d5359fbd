import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnVigie } from '../support/spawnVigie.js';

/** Issue #6: `vigie schedule` says when each pipeline runs next and stops cleanly on SIGTERM. */
describe('vigie schedule (real process)', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`announces the next runs and exits 0 on ${signal}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'vigie-schedule-'));
      const run = spawnVigie(['schedule'], { VIGIE_INBOX: join(dir, 'inbox'), VIGIE_WAREHOUSE: join(dir, 'warehouse.duckdb') });
      const weekly = await run.waitForLog((l) => l['event'] === 'planification' && l['pipeline'] === 'hebdomadaire');
      const daily = await run.waitForLog((l) => l['event'] === 'planification' && l['pipeline'] === 'quotidien');
      // Next Monday 06:00 and next day 07:00, Paris time.
      const paris = (iso: unknown) => new Date(String(iso)).toLocaleString('sv-SE', { timeZone: 'Europe/Paris' });
      expect(paris(weekly['next'])).toMatch(/ 06:00:00$/);
      expect(new Date(String(weekly['next'])).getUTCDay() === 1 || new Date(String(weekly['next'])).getUTCDay() === 0).toBe(true);
      expect(paris(daily['next'])).toMatch(/ 07:00:00$/);
      run.child.kill(signal);
      const exit = await run.exited;
      expect(exit.code, `${exit.signal ?? ''} ${exit.stderr.slice(-600)}`).toBe(0);
      expect(exit.stderr).toMatch(/Planificateur arrêté/);
    });
  }
});
